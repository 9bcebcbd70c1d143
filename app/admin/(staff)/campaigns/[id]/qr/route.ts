import { campaignQrSvg } from "@/lib/attribution/campaign-qr";
import { staffDeps } from "@/lib/auth/app-auth";
import { AccessError } from "@/lib/auth/errors";
import { requireStaff } from "@/lib/auth/staff-session";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";

// A campaign link's QR code as an SVG: shown on the list, and with ?download=1 saved as a file
// for a flyer. A refused request gets a bare 401 or 403, as the CSV download does.

export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  let staff;
  try {
    staff = await requireStaff(staffDeps(), request.headers);
  } catch (error) {
    if (!(error instanceof AccessError)) throw error;
    return new Response(null, {
      status: error.code === "signed_out" ? 401 : 403,
      headers: { "Cache-Control": "no-store" },
    });
  }
  const qr = await campaignQrSvg(getDb(), staff, (await params).id, getEnv().SITE_URL);
  if (!qr) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  const disposition = new URL(request.url).searchParams.has("download") ? "attachment" : "inline";
  return new Response(qr.svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Content-Disposition": `${disposition}; filename="${qr.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
