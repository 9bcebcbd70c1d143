import http from "node:http";
import type { PreparedPost } from "./signup-forms";

/** `startedAt`: ms since performance's time origin, to place slow posts in the run. */
export type PostResult = {
  status: number;
  ms: number;
  startedAt: number;
  location?: string;
  snippet?: string;
};
export type LoadResult = { results: PostResult[]; wallMs: number };

const TIMEOUT_MS = 30_000;

type Target = { url: URL; siteOrigin: URL; agent: http.Agent };

function post({ url, siteOrigin, agent }: Target, prepared: PreparedPost): Promise<PostResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: prepared.path,
        method: "POST",
        agent,
        headers: {
          // Forms take posts from the site's own origin only (SITE_URL, which may name another
          // host than the address we connect to): a browser on the site sends exactly these.
          origin: siteOrigin.origin,
          host: siteOrigin.host,
          accept: "text/html",
          "content-type": prepared.contentType,
          "content-length": prepared.body.length,
        },
        timeout: TIMEOUT_MS,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const status = response.statusCode ?? 0;
          const ms = performance.now() - started;
          const location = response.headers.location;
          const snippet = status === 303 ? undefined : Buffer.concat(chunks).toString("utf8");
          resolve({ status, ms, startedAt: started, location, snippet });
        });
        response.on("error", reject);
      },
    );
    request.on("timeout", () =>
      request.destroy(new Error(`POST ${prepared.path} took over ${TIMEOUT_MS} ms`)),
    );
    request.on("error", reject);
    request.end(prepared.body);
  });
}

/**
 * Posts every prepared signup to `serverUrl` as coming from `siteUrl`, with exactly
 * `connections` requests in flight (keep-alive); `onStart(i)` is called as post `i` is sent.
 */
export async function postAll(
  { serverUrl, siteUrl }: { serverUrl: string; siteUrl: string },
  posts: PreparedPost[],
  connections: number,
  onStart?: (index: number) => void,
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const target = { url: new URL(serverUrl), siteOrigin: new URL(siteUrl), agent };
  const results: PostResult[] = new Array(posts.length);
  let next = 0;
  const loop = async () => {
    for (let i = next++; i < posts.length; i = next++) {
      onStart?.(i);
      results[i] = await post(target, posts[i]!);
    }
  };
  const started = performance.now();
  try {
    await Promise.all(Array.from({ length: Math.min(connections, posts.length) }, loop));
  } finally {
    agent.destroy();
  }
  return { results, wallMs: performance.now() - started };
}

/** Nearest-rank percentile of the latencies, in ms. */
export function percentile(sortedMs: number[], q: number): number {
  return sortedMs[Math.min(sortedMs.length - 1, Math.max(0, Math.ceil(q * sortedMs.length) - 1))] ?? NaN;
}
