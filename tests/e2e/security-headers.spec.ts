import { expect, test } from "@playwright/test";
import { E2E_URL } from "./e2e-environment";
import { collectPageErrors } from "./support/console-errors";

// The headers every public page carries (lib/security/security-headers.ts, decision 011). The
// e2e SITE_URL is http://localhost, so no HSTS. Admin pages' nonce policy: tests of the admin.

for (const path of ["/", "/volunteer/attorney"]) {
  test(`${path} carries the security headers and runs within them`, async ({ page }) => {
    const errors = collectPageErrors(page);
    // Chromium only warns about a feature it does not know (it then ignores the whole entry).
    page.on("console", (message) => {
      if (/Permissions-Policy|Content-Security-Policy/.test(message.text())) errors.push(message.text());
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const headers = await response!.allHeaders();

    const policy = headers["content-security-policy"] ?? "";
    const directives = policy.split(";").map((directive) => directive.trim());
    expect(directives).toEqual(
      expect.arrayContaining([
        "frame-ancestors 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        path.startsWith("/volunteer/") ? `form-action 'self' ${E2E_URL}` : "form-action 'self'",
      ]),
    );
    // Prerendered pages rely on Next.js's inline scripts: no script policy here.
    expect(policy).not.toContain("script-src");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    const features = headers["permissions-policy"] ?? "";
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"]) {
      expect(features).toContain(`${feature}=()`);
    }
    expect(headers).not.toHaveProperty("strict-transport-security");
    expect(headers["x-robots-tag"]).toBeUndefined();

    // Neither the policy nor the feature list breaks the page or makes Chromium complain.
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
  });
}

test("a signup form still hydrates under the policy", async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto("/volunteer/attorney");
  // React marks the elements it hydrated: its inline scripts ran despite the policy.
  await expect
    .poll(() =>
      page
        .locator("form")
        .first()
        .evaluate((form) => Object.keys(form).some((key) => key.startsWith("__react"))),
    )
    .toBe(true);
  await page.waitForLoadState("networkidle");
  expect(errors).toEqual([]);
});

test("robots.txt keeps crawlers out of the admin", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split("\n").map((line) => line.trim());
  expect(lines).toContain("Disallow: /admin");
});

test("an admin page: a nonce script policy, every script with the nonce, not stored, not indexed", async ({
  page,
  request,
}) => {
  const errors = collectPageErrors(page);
  const response = await page.goto("/admin/login");
  const policies = (await response!.headersArray()).filter(
    (h) => h.name.toLowerCase() === "content-security-policy",
  );
  expect(policies).toHaveLength(1);
  const policy = policies[0]!.value;
  const nonce = /script-src 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  const scriptSrc = policy.split(";").find((d) => d.trim().startsWith("script-src"))!;
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  for (const directive of [
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ]) {
    expect(policy).toContain(directive);
  }
  const headers = await response!.allHeaders();
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["x-robots-tag"]).toBe("noindex, nofollow");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  const scriptNonces = await page
    .locator("script")
    .evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
  // A fresh nonce for every response.
  const again = await request.get("/admin/login");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce!);
  // The sign-in form hydrated: its scripts ran under the policy.
  await page.getByLabel("Email").fill("nobody@example.org");
  await page.getByLabel("Password").fill("not the right password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "That email and password do not match an account.",
  );
  expect(errors.filter((e) => !/401/.test(e))).toEqual([]);
  const session = await request.get("/api/auth/get-session");
  expect(session.headers()["cache-control"]).toContain("no-store");
  expect(session.headers()["x-robots-tag"]).toBe("noindex, nofollow");
});
