import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { safeNextPath } from "@/lib/admin/safe-next";
import { isSignupId } from "@/lib/admin/signup-record";
import { getStaffMessages } from "@/lib/messages";
import { OUTSIDE_LINK_HEADER, OUTSIDE_LINK_PATH } from "@/lib/security/cross-site";
import { staffForPage } from "../../staff-access";

// A link into the staff area that another site opened (a staff email in webmail, or a page
// that wants it read under the staff member's name): proxy.ts serves this page in its place.
// It runs nothing the link asked for and shows no data; its one link, from here, does.

export const metadata: Metadata = { title: getStaffMessages().admin.crossSite.title };

export default async function OutsideLinkPage() {
  const target = safeNextPath((await headers()).get(OUTSIDE_LINK_HEADER), OUTSIDE_LINK_PATH);
  await staffForPage(target);
  // Opened by its own address, with no link to pass on.
  if (target === OUTSIDE_LINK_PATH) redirect("/admin");
  const m = getStaffMessages().admin.crossSite;
  const isRecord = isSignupId(target.slice("/admin/signups/".length)) && target.startsWith("/admin/signups/");
  return (
    <div className="mx-auto max-w-prose">
      <h1 className="text-3xl font-bold text-brand">{m.title}</h1>
      <p className="mt-4">{m.lead}</p>
      <p className="mt-4">
        <a href={target} className="font-semibold">
          {isRecord ? m.openRecord : m.openPage}
        </a>
      </p>
    </div>
  );
}
