import { expect, test } from "@playwright/test";
import { sampleFields } from "../support/signup-samples";
import { findFreePort } from "../../lib/dev/free-port";
import { E2E_URL } from "./e2e-environment";
import { startExtraSite, type ExtraSite } from "./support/extra-site";
import { isThanksRedirect, openForm, postForm } from "./support/form-post";

// The per-IP signup limit through the real front door (scripts/serve.ts): with no trusted
// proxy, whatever a client writes into X-Forwarded-For counts for nothing; the socket counts.

const LIMIT = 3;
let site: ExtraSite;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  site = await startExtraSite(await findFreePort(), {
    SIGNUP_LIMIT_PER_IP: String(LIMIT),
    SIGNUP_LIMIT_PER_EMAIL: "5",
    SIGNUP_MIN_SECONDS: "1",
    TRUSTED_PROXIES: "0",
  });
});

test.afterAll(async () => {
  await site?.stop();
});

test("a new forged X-Forwarded-For on every signup does not escape the per-IP limit", async ({
  playwright,
}) => {
  const request = await playwright.request.newContext({
    baseURL: site.url,
    extraHTTPHeaders: { Host: new URL(E2E_URL).host },
  });
  try {
    const forms = await Promise.all(Array.from({ length: LIMIT + 1 }, () => openForm(request, "attorney")));
    const servedAt = Date.now();
    await expect.poll(() => Date.now() - servedAt).toBeGreaterThan(1100);

    const post = (i: number) =>
      postForm(
        request,
        "attorney",
        forms[i]!,
        { ...sampleFields("attorney", 40 + i), email: `forged.${i}@example.com` },
        {
          headers: { "X-Forwarded-For": `198.51.100.${i + 1}, 203.0.113.${i + 1}` },
        },
      );
    for (let i = 0; i < LIMIT; i++) expect(isThanksRedirect(await post(i)), `signup ${i + 1}`).toBe(true);
    const refused = await post(LIMIT);
    expect(refused.status()).toBe(200);
    expect(await refused.text()).toContain("Too many signups from here in a short time.");
  } finally {
    await request.dispose();
  }
});
