import { expect, test } from "@playwright/test";

// The front door's page cache (lib/server/page-cache.ts, decision 022) against the real
// build: Next.js's prerendered pages are kept, and nothing dynamic or private ever is.

const get = async (request: import("@playwright/test").APIRequestContext, path: string) => {
  const response = await request.get(path, { maxRedirects: 0 });
  return { status: response.status(), headers: response.headers(), body: await response.text() };
};

for (const path of ["/", "/es", "/volunteer"]) {
  test(`${path} is answered from memory the second time, the same page with its headers`, async ({
    request,
  }) => {
    await get(request, path);
    const first = await get(request, path);
    const second = await get(request, path);
    expect(second.headers["x-page-cache"]).toBe("hit");
    expect(second.status).toBe(200);
    expect(second.body).toBe(first.body);
    for (const name of [
      "content-type",
      "cache-control",
      "content-security-policy",
      "x-content-type-options",
    ]) {
      expect(second.headers[name]).toBe(first.headers[name]);
    }
  });
}

test("form pages, query strings, the router's requests and the staff area always reach Next.js", async ({
  request,
}) => {
  const tokens = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const form = await get(request, "/volunteer/attorney");
    expect(form.headers["x-page-cache"]).toBeUndefined();
    tokens.add(/name="formToken" value="([^"]+)"/.exec(form.body)?.[1] ?? `missing ${i}`);
  }
  // Each visitor gets a form token of their own.
  expect(tokens.size).toBe(3);

  for (const path of ["/?utm_source=share", "/es?x=1", "/admin/login", "/robots.txt"]) {
    await get(request, path);
    expect((await get(request, path)).headers["x-page-cache"], path).toBeUndefined();
  }
  await get(request, "/");
  const router = await request.get("/", { headers: { RSC: "1" } });
  expect(router.headers()["x-page-cache"]).toBeUndefined();
});
