import { campaignQrSvg } from "@/lib/attribution/campaign-qr";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { staffForDownload } from "@/app/admin/staff-access";

// A campaign link's QR code as an SVG: shown on the list, and with ?download=1 saved as a file
// for a flyer. A refused request gets a bare 401 or 403, as the CSV download does.

export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const staff = await staffForDownload(request.headers);
  if (staff instanceof Response) return staff;
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
