import { expect, test } from "@playwright/test";
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
        "form-action 'self' http://localhost:3100",
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
