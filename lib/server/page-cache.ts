import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

// A few seconds' memory of the prerendered public pages, kept by the front door
// (scripts/serve.ts) as a shared cache in front of Next.js would keep them: these responses
// say `Cache-Control: s-maxage=…` and are the same for everyone. A shared link makes many
// phones ask for the same page at once; each is then answered with bytes already in hand
// instead of Next.js resolving its route and reading its cache again (decision 022).
// Only prerendered pages qualify, so a form page, whose HTML carries a fresh form token,
// and anything dynamic always go to Next.js.

export type PageCacheSettings = {
  /** How long a page is reused, in ms; the page itself is regenerated hourly at most (ISR). */
  ttlMs: number;
  maxEntries: number;
  maxBytes: number;
  now?: () => number;
};

export type CacheableRequest = {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
};

type Entry = { status: number; headers: OutgoingHttpHeaders; body: Buffer; expires: number };

/** With these, Next.js answers with router data instead of the page's HTML (its `Vary`). */
const ROUTER_REQUEST_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
];

/** Headers of one response rather than of the page: Node.js writes its own. */
const PER_RESPONSE_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding"]);

/**
 * The cache key of a request for a public page, or undefined when it must go to Next.js:
 * anything but a plain GET, a query string (`?_rsc=`, or anything we did not prerender),
 * the client router's requests. The page's bytes depend on the encoding asked for (gzip).
 */
export function pageCacheKey(request: CacheableRequest): string | undefined {
  if (request.method !== "GET" || request.url.includes("?")) return undefined;
  if (ROUTER_REQUEST_HEADERS.some((name) => request.headers[name] !== undefined)) return undefined;
  const encoding = request.headers["accept-encoding"];
  return `${request.url}\n${Array.isArray(encoding) ? encoding.join(",") : (encoding ?? "")}`;
}

/** A response anyone may be given again: a prerendered page that a shared cache may keep. */
export function isCacheableResponse(status: number, headers: OutgoingHttpHeaders): boolean {
  if (status !== 200 || headers["x-nextjs-prerender"] === undefined) return false;
  if (headers["set-cookie"] !== undefined) return false;
  const cacheControl = String(headers["cache-control"] ?? "");
  return /\bs-maxage=[1-9]/.test(cacheControl) && !/\b(private|no-store|no-cache)\b/.test(cacheControl);
}

type Write = (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean;
type End = (chunk?: unknown, encoding?: unknown, callback?: unknown) => ServerResponse;

const asBuffer = (chunk: unknown, encoding: unknown): Buffer | undefined => {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (typeof chunk === "string")
    return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  return undefined;
};

export function createPageCache(settings: PageCacheSettings) {
  const now = settings.now ?? Date.now;
  const entries = new Map<string, Entry>();
  let bytes = 0;

  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.body.length;
    entries.delete(key);
  };

  const store = (key: string, entry: Entry) => {
    if (entry.body.length > settings.maxBytes) return;
    remove(key);
    // Oldest first: a Map iterates in insertion order.
    for (const oldest of entries.keys()) {
      if (entries.size < settings.maxEntries && bytes + entry.body.length <= settings.maxBytes) break;
      remove(oldest);
    }
    entries.set(key, entry);
    bytes += entry.body.length;
  };

  return {
    /** Answers from memory and returns true, or returns false when the page is not there. */
    serve(key: string, response: ServerResponse): boolean {
      const entry = entries.get(key);
      if (!entry) return false;
      if (entry.expires <= now()) {
        remove(key);
        return false;
      }
      // As a CDN says so: operators (and the e2e tests) can tell a page answered from memory.
      response.setHeader("X-Page-Cache", "hit");
      // Merged with the headers the front door has set on this response.
      response.writeHead(entry.status, entry.headers);
      response.end(entry.body);
      return true;
    },

    /** Watches what Next.js sends for this request and keeps it if it may be given again. */
    record(key: string, response: ServerResponse): void {
      const chunks: Buffer[] = [];
      let size = 0;
      let tooBig = false;
      const collect = (chunk: unknown, encoding: unknown) => {
        const buffer = asBuffer(chunk, encoding);
        if (!buffer || tooBig) return;
        size += buffer.length;
        if (size > settings.maxBytes) {
          tooBig = true;
          chunks.length = 0;
        } else chunks.push(buffer);
      };
      const write = response.write as unknown as Write;
      const end = response.end as unknown as End;
      (response as unknown as { write: Write }).write = function (chunk, encoding, callback) {
        collect(chunk, encoding);
        return write.call(this, chunk, encoding, callback);
      };
      (response as unknown as { end: End }).end = function (chunk, encoding, callback) {
        if (typeof chunk !== "function") collect(chunk, encoding);
        const result = end.call(this, chunk, encoding, callback);
        const headers = response.getHeaders();
        if (!tooBig && isCacheableResponse(response.statusCode, headers)) {
          for (const name of PER_RESPONSE_HEADERS) delete headers[name];
          store(key, {
            status: response.statusCode,
            headers,
            body: Buffer.concat(chunks),
            expires: now() + settings.ttlMs,
          });
        }
        return result;
      };
    },

    /** Pages and bytes held, for tests and the benchmark's notes. */
    size: () => ({ entries: entries.size, bytes }),
  };
}

export type PageCache = ReturnType<typeof createPageCache>;
