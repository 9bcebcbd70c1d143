import type { ReactNode } from "react";
import { headers } from "next/headers";
import { AdminNav } from "@/components/admin/admin-nav";
import { staffName } from "@/lib/admin/staff-name";
import { staffDeps } from "@/lib/auth/app-auth";
import { findStaff } from "@/lib/auth/staff-session";
import { getStaffMessages } from "@/lib/messages";
import { signOutAction } from "./actions";

// Pages under here are rendered per request for a signed-in staff member; each page checks
// the session and role itself (staffForPage), as does every function it calls.
export const dynamic = "force-dynamic";

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const staff = await findStaff(staffDeps(), await headers());
  const messages = getStaffMessages().admin;
  return (
    <>
      {staff ? (
        <AdminNav
          name={staffName(staff)}
          role={messages.roles[staff.role]}
          isAdmin={staff.role === "admin"}
          messages={messages}
          signOut={signOutAction}
        />
      ) : null}
      {children}
    </>
  );
}
