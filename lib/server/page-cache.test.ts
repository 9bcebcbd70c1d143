import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createPageCache, isCacheableResponse, pageCacheKey, type PageCacheSettings } from "./page-cache";

const PRERENDERED = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "s-maxage=3600, stale-while-revalidate=31532400",
  "x-nextjs-prerender": "1",
};

describe("pageCacheKey", () => {
  const get = (url: string, headers: Record<string, string> = {}) =>
    pageCacheKey({ method: "GET", url, headers });

  it("keys a plain GET by its path and the encodings it accepts", () => {
    expect(get("/en")).toBeDefined();
    expect(get("/en", { "accept-encoding": "gzip" })).not.toBe(get("/en"));
    expect(get("/en")).not.toBe(get("/es"));
  });

  it("leaves the client router's requests, query strings and other methods to Next.js", () => {
    expect(get("/en?_rsc=1x2y")).toBeUndefined();
    expect(get("/en", { rsc: "1" })).toBeUndefined();
    expect(get("/en", { "next-router-prefetch": "1" })).toBeUndefined();
    expect(get("/en", { "next-router-segment-prefetch": "/_tree" })).toBeUndefined();
    expect(pageCacheKey({ method: "HEAD", url: "/en", headers: {} })).toBeUndefined();
    expect(pageCacheKey({ method: "POST", url: "/en/volunteer/attorney", headers: {} })).toBeUndefined();
  });
});

describe("isCacheableResponse", () => {
  it("takes a prerendered page that a shared cache may keep", () => {
    expect(isCacheableResponse(200, PRERENDERED)).toBe(true);
  });

  it("refuses anything else", () => {
    expect(isCacheableResponse(404, PRERENDERED)).toBe(false);
    expect(isCacheableResponse(200, { ...PRERENDERED, "x-nextjs-prerender": undefined })).toBe(false);
    expect(isCacheableResponse(200, { ...PRERENDERED, "set-cookie": ["a=b"] })).toBe(false);
    expect(isCacheableResponse(200, { ...PRERENDERED, "cache-control": "private, no-cache, no-store" })).toBe(
      false,
    );
    expect(isCacheableResponse(200, { ...PRERENDERED, "cache-control": "s-maxage=0" })).toBe(false);
  });
});

/** A server shaped like scripts/serve.ts: a front-door header, then the cache, then "Next.js". */
type Page = { headers: Record<string, string>; parts: (string | Buffer)[]; status?: number };
let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function startSite(pages: Record<string, () => Page>, settings: Partial<PageCacheSettings> = {}) {
  let clock = 0;
  const cache = createPageCache({
    ttlMs: 10_000,
    maxEntries: 10,
    maxBytes: 1024 * 1024,
    now: () => clock,
    ...settings,
  });
  const rendered: string[] = [];
  const next = (request: IncomingMessage, response: ServerResponse) => {
    rendered.push(request.url!);
    const page = pages[request.url!]!();
    const gzip = String(request.headers["accept-encoding"] ?? "").includes("gzip");
    response.writeHead(page.status ?? 200, {
      ...page.headers,
      ...(gzip ? { "content-encoding": "gzip" } : {}),
    });
    if (gzip) response.end(gzipSync(Buffer.concat(page.parts.map((part) => Buffer.from(part)))));
    else {
      for (const part of page.parts.slice(0, -1)) response.write(part);
      response.end(page.parts.at(-1));
    }
  };
  server = http.createServer((request, response) => {
    response.setHeader("x-frame-options", "DENY");
    const key = pageCacheKey({ method: request.method!, url: request.url!, headers: request.headers });
    if (key !== undefined) {
      if (cache.serve(key, response)) return;
      cache.record(key, response);
    }
    next(request, response);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  const fetchPage = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}${path}`, {
      headers: { "accept-encoding": "identity", ...headers },
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
  return { fetchPage, rendered, cache, advance: (ms: number) => (clock += ms) };
}

describe("createPageCache", () => {
  it("answers a prerendered page again from memory, bytes and headers the same", async () => {
    const site = await startSite({
      "/en": () => ({ headers: PRERENDERED, parts: ["<p>Volunteer", Buffer.from(" — ¡sí!</p>")] }),
    });
    const first = await site.fetchPage("/en");
    const second = await site.fetchPage("/en");
    expect(site.rendered).toEqual(["/en"]);
    expect(second.text).toBe("<p>Volunteer — ¡sí!</p>");
    expect(second.text).toBe(first.text);
    expect(first.headers.get("x-page-cache")).toBeNull();
    expect(second.headers.get("x-page-cache")).toBe("hit");
    for (const name of ["content-type", "cache-control", "x-nextjs-prerender", "x-frame-options"]) {
      expect(second.headers.get(name)).toBe(first.headers.get(name));
    }
  });

  it("asks Next.js again once the page is older than the time to live", async () => {
    const site = await startSite({ "/en": () => ({ headers: PRERENDERED, parts: ["a"] }) });
    await site.fetchPage("/en");
    site.advance(9_999);
    await site.fetchPage("/en");
    site.advance(1);
    await site.fetchPage("/en");
    expect(site.rendered).toEqual(["/en", "/en"]);
  });

  it("never keeps a dynamic page, an error or a page that sets a cookie", async () => {
    let token = 0;
    const site = await startSite({
      "/en/volunteer/attorney": () => ({
        headers: { "content-type": "text/html", "cache-control": "private, no-cache, no-store" },
        parts: [`token ${++token}`],
      }),
      "/en/missing": () => ({ status: 404, headers: PRERENDERED, parts: ["not found"] }),
      "/en/cookie": () => ({ headers: { ...PRERENDERED, "set-cookie": "a=b" }, parts: ["x"] }),
    });
    expect((await site.fetchPage("/en/volunteer/attorney")).text).toBe("token 1");
    expect((await site.fetchPage("/en/volunteer/attorney")).text).toBe("token 2");
    await site.fetchPage("/en/missing");
    await site.fetchPage("/en/missing");
    await site.fetchPage("/en/cookie");
    await site.fetchPage("/en/cookie");
    expect(site.rendered).toHaveLength(6);
    expect(site.cache.size().entries).toBe(0);
  });

  it("keeps the compressed and the plain bytes apart", async () => {
    const site = await startSite({ "/es": () => ({ headers: PRERENDERED, parts: ["<p>Hola</p>"] }) });
    const plain = await site.fetchPage("/es");
    const raw = async () => {
      // fetch() would decompress: read the bytes as sent.
      const { port } = server!.address() as AddressInfo;
      return new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
        http
          .get(
            { port, host: "127.0.0.1", path: "/es", headers: { "accept-encoding": "gzip" } },
            (response) => {
              const chunks: Buffer[] = [];
              response.on("data", (chunk: Buffer) => chunks.push(chunk));
              response.on("end", () =>
                resolve({ encoding: response.headers["content-encoding"], body: Buffer.concat(chunks) }),
              );
            },
          )
          .on("error", reject);
      });
    };
    const gzipped = [await raw(), await raw()];
    const plainAgain = await site.fetchPage("/es");
    expect(site.rendered).toEqual(["/es", "/es"]);
    for (const answer of gzipped) {
      expect(answer.encoding).toBe("gzip");
      expect(gunzipSync(answer.body).toString()).toBe("<p>Hola</p>");
    }
    expect(plainAgain.headers.get("content-encoding")).toBeNull();
    expect(plainAgain.text).toBe(plain.text);
  });

  it("holds at most its number of pages and bytes, dropping the oldest", async () => {
    const page = (text: string) => () => ({ headers: PRERENDERED, parts: [text] });
    const site = await startSite(
      {
        "/en/a": page("a".repeat(40)),
        "/en/b": page("b".repeat(40)),
        "/en/c": page("c".repeat(40)),
        "/en/big": page("x".repeat(200)),
      },
      { maxEntries: 2, maxBytes: 100 },
    );
    for (const path of ["/en/a", "/en/b", "/en/c", "/en/big", "/en/b", "/en/a"]) await site.fetchPage(path);
    // c pushed a out; big was never kept; b was still there; a had to be rendered again.
    expect(site.rendered).toEqual(["/en/a", "/en/b", "/en/c", "/en/big", "/en/a"]);
    expect(site.cache.size()).toEqual({ entries: 2, bytes: 80 });
  });
});
