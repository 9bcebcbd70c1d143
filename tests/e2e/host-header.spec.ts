import { expect, test, type APIResponse } from "@playwright/test";
import { getMessages } from "../../lib/messages";
import { sampleFields } from "../support/signup-samples";
import { E2E_URL } from "./e2e-environment";
import { openForm, postForm } from "./support/form-post";
import { query } from "./support/runtime";

// The request's Host (and X-Forwarded-Host) is the client's to write: every link and redirect
// the site builds comes from SITE_URL, and whether a refused form post came "from this server
// under another name" is decided without reading Host (issue 18, finding 7).

const EVIL = "evil.example";
const site = new URL(E2E_URL);

/** Everything a client is shown of a response: where it is sent, its headers and its body. */
async function shown(response: APIResponse): Promise<string> {
  return `${JSON.stringify(response.headers())}\n${await response.text()}`;
}

test("a cross-site form post claiming Host: evil.example is refused, and no link to a pre-filled form is handed out", async ({
  request,
}) => {
  const form = await openForm(request, "attorney");
  const email = "host.header.attack@example.com";
  const planted = "Send your fee to evil.example first";
  const fields = { ...sampleFields("attorney"), email, anythingElse: planted };
  for (const [origin, host] of [
    [`https://${EVIL}`, EVIL],
    [`http://${EVIL}:${site.port}`, `${EVIL}:${site.port}`],
    [`https://www.${EVIL}`, `www.${EVIL}`],
  ] as const) {
    const label = `Origin ${origin}, Host ${host}`;
    // Without JavaScript: a plain form post.
    const plain = await postForm(request, "attorney", form, fields, { origin, headers: { Host: host } });
    expect(plain.status(), label).toBe(403);
    expect(plain.headers().location, label).toBeUndefined();
    expect(await plain.text(), label).toBe(getMessages().forms.crossOrigin);
    // With JavaScript: React's action call, which follows x-action-redirect.
    const scripted = await postForm(request, "attorney", form, fields, {
      origin,
      headers: { Host: host, "Next-Action": "0".repeat(42), Accept: "text/x-component" },
    });
    expect(scripted.status(), label).toBe(403);
    expect(scripted.headers()["x-action-redirect"], label).toBeUndefined();
  }
  expect(await query("SELECT 1 FROM signups WHERE email = $1", [email])).toHaveLength(0);
});

test("no header or body of any answer names the Host or X-Forwarded-Host a client sent", async ({
  request,
}) => {
  const paths = [
    "/",
    "/voices",
    "/volunteer/attorney",
    "/es/volunteer/medical",
    "/en/voices",
    "/voices/",
    "/sitemap.xml",
    "/robots.txt",
    "/admin",
    "/admin/signups/00000000-0000-4000-8000-000000000000",
    "/admin/login?next=%2Fadmin%2Fsignups",
  ];
  const forgeries: Record<string, string>[] = [
    { Host: EVIL },
    { Host: `${EVIL}:${site.port}` },
    { "X-Forwarded-Host": EVIL, "X-Forwarded-Proto": "https" },
    { Host: EVIL, "X-Forwarded-Host": EVIL },
  ];
  for (const path of paths) {
    for (const headers of forgeries) {
      const response = await request.get(path, { headers, maxRedirects: 0 });
      const label = `${path} ${JSON.stringify(headers)}`;
      expect(response.status(), label).toBeLessThan(500);
      expect(await shown(response), label).not.toContain(EVIL);
      const location = response.headers().location;
      // A redirect stays on the site: relative, or at SITE_URL.
      if (location && !location.startsWith("/")) expect(location, label).toMatch(new RegExp(`^${E2E_URL}/`));
    }
  }
});
