import type { APIRequestContext } from "@playwright/test";
import { E2E_URL } from "../e2e-environment";

// Server actions called directly, as an attacker would: the build's manifest names each one and
// the pages that serve it; the call is what React sends from a page with JavaScript.

/** A server action called as a browser with JavaScript calls it: Next-Action and React's encoding. */
export function callAction(
  context: APIRequestContext,
  action: { id: string; page: string },
  root: unknown[],
  fields: Record<string, string>,
) {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.set(`_1_${key}`, value);
  // As React sends it: the arguments' root last, after the form's fields it refers to.
  body.set("0", JSON.stringify(root));
  return context.post(action.page, {
    multipart: body,
    headers: { "next-action": action.id, origin: E2E_URL, accept: "text/x-component" },
    maxRedirects: 0,
  });
}

/**
 * A page that serves the action (the build's worker, `app/admin/(staff)/staff/page`): `/admin/staff`;
 * a public page in English, which has no language prefix; any other dynamic segment gets an id
 * that matches nothing.
 */
export function pageOf(workers: Record<string, unknown>): string {
  const names = Object.keys(workers);
  const worker = names.find((w) => !w.includes("[")) ?? names[0]!;
  return (
    worker
      .replace(/^app/, "")
      .replace(/\/\[lang\]/, "")
      .replace(/\/\([^)]+\)/g, "")
      .replace(/\[[^\]]+\]/g, "00000000-0000-4000-8000-000000000000")
      .replace(/\/page$/, "") || "/"
  );
}
