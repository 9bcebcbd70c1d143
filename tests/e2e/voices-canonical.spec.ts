import { expect, test } from "@playwright/test";
import { E2E_URL } from "./e2e-environment";

// A testimonial has one address: capitals and a trailing slash move to it for good.
const CANONICAL = "/voices/diya-kallivayalil";

for (const path of ["/voices/Diya-Kallivayalil", "/voices/diya-kallivayalil/"]) {
  test(`${path} redirects permanently to ${CANONICAL}`, async ({ request }) => {
    const redirect = await request.get(path, { maxRedirects: 0 });
    expect([301, 308]).toContain(redirect.status());
    // Next.js 16 sends Location twice on a redirect's first, uncached render
    // (vercel/next.js#82117); each copy must be the canonical path.
    const locations = redirect.headersArray().filter(({ name }) => name.toLowerCase() === "location");
    expect(locations.length).toBeGreaterThan(0);
    for (const { value } of locations) expect(new URL(value, E2E_URL).pathname).toBe(CANONICAL);

    const landed = await request.get(path);
    expect(landed.status()).toBe(200);
    expect(new URL(landed.url()).pathname).toBe(CANONICAL);
    expect(await landed.text()).toContain("Diya Kallivayalil");
  });
}

test("an unknown testimonial answers 404, whatever its case", async ({ request }) => {
  for (const path of ["/voices/nobody", "/voices/Nobody"]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
});
