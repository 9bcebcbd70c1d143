// The site's HTTP server, started by scripts/start.ts (`npm start`, `npm run dev`): Next.js
// behind the front door (lib/server/front-door.ts), which redirects other host names, sends
// refused form posts to their route, sets the security headers and writes the client's
// address into X-Forwarded-For from the socket (decision 015); it answers a prerendered public
// page it served a few seconds ago from memory (decision 022), and serves the not-found page
// in its language for a link that names no page (decision 037). It counts views of the public
// pages, cached or not, in memory and adds them to page_counts every few seconds (decision 035).
import http from "node:http";
import next from "next";
import { startVisitCounting } from "../lib/attribution/front-door-counting";
import { getEnv } from "../lib/config/env";
import { listPublishedSlugs } from "../lib/content/testimonials";
import { createDb, type Db } from "../lib/db/client";
import { LOCALES } from "../lib/i18n/languages";
import { forceStatus } from "../lib/server/forced-status";
import { createFrontDoor } from "../lib/server/front-door";
import { VOLUNTEER_STATIC_PAGES } from "../lib/server/missed-links";
import { createPageCache, pageCacheKey } from "../lib/server/page-cache";
import { createPublishedSlugs } from "../lib/server/published-slugs";
import { ROLES } from "../lib/signup/options";
import { coordinateShutdown, shutdownTasksSettled } from "../lib/server/shutdown-tasks";

const isDev = process.argv[2] === "dev";
// Below the launcher's 10 s (scripts/start.ts), so this process ends on its own.
const STOP_GRACE_MS = 9_000;
const env = getEnv();
// The front door's own client, not getDb()'s: Next.js's bundle has its own copy of
// lib/db/client, which takes the client kept on globalThis for one it made (poolOf refused it,
// and the signups export with it).
let frontDoorDb: Db | undefined;
function slugReader(): Db {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
  return (frontDoorDb ??= createDb(env.DATABASE_URL));
}
// Known again within the time a cached page lives (at least a second: not a read per request).
const publishedSlugs = createPublishedSlugs({
  load: async () => listPublishedSlugs(slugReader()),
  ttlMs: Math.max(env.PAGE_CACHE_SECONDS, 1) * 1000,
  onError: (error) =>
    console.error(`[serve] Could not read the published testimonials: ${(error as Error).name}`),
});
const volunteerPages = new Set<string>([...ROLES, ...VOLUNTEER_STATIC_PAGES]);
const frontDoor = createFrontDoor({
  siteUrl: env.SITE_URL,
  trustedProxies: env.TRUSTED_PROXIES,
  locales: LOCALES,
  missedLinkRules: () => ({ testimonialSlugs: publishedSlugs.current(), volunteerPages }),
});
// Off in development, where a page changes with its source.
const pageCache =
  !isDev && env.PAGE_CACHE_SECONDS > 0
    ? createPageCache({ ttlMs: env.PAGE_CACHE_SECONDS * 1000, maxEntries: 500, maxBytes: 64 * 1024 * 1024 })
    : undefined;
const visitCounting =
  env.COUNT_VISITS === "on" && env.DATABASE_URL
    ? startVisitCounting({
        site: { url: env.SITE_URL, locales: LOCALES },
        timeZone: env.ORG_TIME_ZONE,
        flushSeconds: env.PAGE_COUNT_FLUSH_SECONDS,
        database: env.DATABASE_URL,
      })
    : undefined;
const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const app = next({ dev: isDev, dir: process.cwd(), hostname: "localhost", port: env.PORT });
const handle = app.getRequestHandler();
await app.prepare();
await publishedSlugs.refresh();

const server = http.createServer((request, response) => {
  const answer = frontDoor({
    method: request.method ?? "GET",
    url: request.url ?? "/",
    host: request.headers.host,
    origin: header(request.headers.origin),
    contentType: request.headers["content-type"],
    forwardedFor: header(request.headers["x-forwarded-for"]),
    socketAddress: request.socket.remoteAddress,
  });
  if (answer.kind === "redirect") {
    const status = answer.permanent ? 308 : 307;
    response.writeHead(status, { Location: answer.location, "Cache-Control": "no-store" }).end();
    return;
  }
  // Before the rewrite (the address the visitor asked for) and before the page cache answers.
  if (visitCounting && answer.locale !== undefined) {
    visitCounting.count(
      { method: request.method ?? "GET", url: request.url ?? "/", headers: request.headers },
      response,
    );
  }
  request.url = answer.url;
  // Next.js fills this header only when it is missing: from here on it holds one address.
  request.headers["x-forwarded-for"] = answer.clientAddress;
  for (const [name, value] of answer.headers) response.setHeader(name, value);
  if (answer.status !== undefined) forceStatus(response, answer.status);
  const cacheKey =
    pageCache && answer.locale !== undefined && answer.status === undefined
      ? pageCacheKey({ method: request.method ?? "GET", url: answer.url, headers: request.headers })
      : undefined;
  if (cacheKey !== undefined) {
    if (pageCache!.serve(cacheKey, response)) return;
    pageCache!.record(cacheKey, response);
  }
  void handle(request, response);
});
if (isDev) server.on("upgrade", app.getUpgradeHandler());
// Node's 5 s would close a kept-alive connection that a proxy (or a test's client) is about to
// reuse after a pause, and that request dies with ECONNRESET: wait longer than their idle
// timeouts (a load balancer's is commonly 60 s). Stopping closes idle connections at once.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

server.listen(env.PORT, "0.0.0.0");

// Stop taking connections, let the requests in flight finish and the in-app email worker
// (lib/jobs/start-in-app-worker.ts) finish the email it is sending, then exit: within the
// launcher's 10 s, after which it would kill the process.
coordinateShutdown();
function stop() {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // A keep-alive connection goes idle after its last response: close it then, not at its timeout.
  const closeIdle = setInterval(() => server.closeIdleConnections(), 100);
  server.closeIdleConnections();
  setTimeout(() => process.exit(1), STOP_GRACE_MS).unref();
  // The last counts are added once no request is left to count.
  const counted = closed.then(() => Promise.all([visitCounting?.stop(), frontDoorDb?.$disconnect()]));
  void Promise.all([counted, shutdownTasksSettled()]).then(() => {
    clearInterval(closeIdle);
    process.exit(0);
  });
}
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
