import { readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./process";

// A staff page's server action called over HTTP as the browser calls it (Next-Action header,
// React's form encoding), so a benchmark times the whole path: the session check, the action,
// lib/ and PostgreSQL. The action's id is read from the production build the site serves.

type References = {
  node: Record<string, { filename: string; exportedName: string }>;
};

/** The id of `file#name` (e.g. `app/admin/(staff)/signups/actions.ts#applyBulkAction`) in `.next`. */
export function serverActionId(name: string, distDir = ".next"): string {
  const file = path.join(PROJECT_ROOT, distDir, "server", "server-reference-manifest.json");
  const references = (JSON.parse(readFileSync(file, "utf8")) as References).node;
  const found = Object.entries(references).find(
    ([, action]) => `${action.filename}#${action.exportedName}` === name,
  );
  if (!found) throw new Error(`${name} is not a server action of the build in ${distDir}`);
  return found[0];
}

/**
 * Posts `fields` to an action whose signature is `(previousState, form)`, from `page`; answers
 * the response's text (React's stream, which holds the action's result as JSON).
 */
export async function callFormAction(
  site: { url: string; origin: string; cookie: string },
  action: { id: string; page: string },
  fields: [string, string][],
): Promise<{ status: number; text: string; ms: number }> {
  const body = new FormData();
  for (const [key, value] of fields) body.append(`_1_${key}`, value);
  // The arguments: no previous state, then the form ($K1 names the fields prefixed _1_).
  body.set("0", JSON.stringify([null, "$K1"]));
  const started = performance.now();
  const response = await fetch(`${site.url}${action.page}`, {
    method: "POST",
    body,
    headers: {
      "next-action": action.id,
      origin: site.origin,
      // The site answers on its own port while SITE_URL names another; Next.js compares the
      // action's Origin with the forwarded host, as behind the proxy that serves SITE_URL.
      "x-forwarded-host": new URL(site.origin).host,
      accept: "text/x-component",
      cookie: site.cookie,
    },
    redirect: "manual",
  });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}
