import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getMessages } from "@/lib/messages";

// The staff area: never indexed, never cached, rendered per request so each page carries the
// nonce of its request's script policy (proxy.ts).
export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: getMessages().admin.title,
  robots: { index: false, follow: false },
};

export default function AdminLayout({ children }: { children: ReactNode }) {
  return <div className="mx-auto max-w-5xl">{children}</div>;
}
