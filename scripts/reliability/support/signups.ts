import http from "node:http";
import { ROLES } from "../../../lib/signup/options";
import { hiddenInputs } from "../../../tests/support/hidden-inputs";
import { sampleFields, toEntries } from "../../../tests/support/signup-samples";
import type { PreparedPost } from "../../bench/support/signup-forms";
import { postAll, type PostResult } from "../../bench/support/post-load";
import type { App } from "./app";
import { SITE_URL } from "./app";
import type { Database } from "./database";
import type { ControlledSmtp } from "./smtp";

// Signups as a browser without JavaScript sends them (a GET for the form's token, then the
// post), and what the database and the SMTP server hold afterwards.

async function prepareOne(app: App, n: number): Promise<PreparedPost> {
  const role = ROLES[n % ROLES.length]!;
  const path = `/volunteer/${role}`;
  const response = await fetch(`${app.url}${path}`, { signal: AbortSignal.timeout(30_000) });
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
  const form = new FormData();
  for (const [name, value] of hiddenInputs(await response.text())) form.append(name, value);
  const fields = { ...sampleFields(role, n), email: `reliability.${n}@example.com` };
  for (const [name, value] of toEntries(fields)) form.append(name, value);
  const encoded = new Response(form);
  return {
    path,
    body: Buffer.from(await encoded.arrayBuffer()),
    contentType: encoded.headers.get("content-type")!,
  };
}

/** Signups numbered `from` … `from + count - 1` (each its own volunteer), ready to post to `app`. */
export async function prepareSignups(app: App, from: number, count: number): Promise<PreparedPost[]> {
  const posts: PreparedPost[] = new Array(count);
  let next = 0;
  const loop = async () => {
    for (let i = next++; i < count; i = next++) posts[i] = await prepareOne(app, from + i);
  };
  await Promise.all(Array.from({ length: Math.min(8, count) }, loop));
  return posts;
}

export async function postSignups(
  app: App,
  posts: PreparedPost[],
  connections = 8,
  onStart?: (i: number) => void,
) {
  return (await postAll({ serverUrl: app.url, siteUrl: SITE_URL }, posts, connections, onStart)).results;
}

/** What the volunteer sees: redirected to the thank-you page. */
export const sawSuccess = (result: PostResult) =>
  result.status === 303 && Boolean(result.location?.includes("/volunteer/thanks"));

export const sawRetryMessage = (result: PostResult) =>
  Boolean(result.snippet?.includes("We could not save this, please try again in a minute"));

export type DeliveryRow = { id: string; messageId: string; status: string; signupId: string };

export async function deliveries(db: Database): Promise<DeliveryRow[]> {
  return db.query<DeliveryRow>(
    `SELECT id::text, trim(both '<>' from message_id) AS "messageId", status::text, signup_id::text AS "signupId"
       FROM email_deliveries`,
  );
}

/** Every delivery sent and taken by the SMTP server exactly once (0 when none is expected yet). */
export function deliveredExactlyOnce(rows: DeliveryRow[], smtp: ControlledSmtp) {
  const missing = rows.filter((row) => !smtp.received.has(row.messageId)).length;
  const twice = rows.filter((row) => (smtp.received.get(row.messageId) ?? 0) > 1).length;
  const unsent = rows.filter((row) => row.status !== "sent").length;
  return { missing, twice, unsent };
}

export async function lockedJobs(db: Database): Promise<{ count: number; oldestSeconds: number }> {
  const [row] = await db.query<{ count: string; oldest: number | null }>(
    `SELECT count(*) AS count, extract(epoch FROM now() - min(locked_at))::float8 AS oldest
       FROM graphile_worker._private_jobs WHERE locked_at IS NOT NULL`,
  );
  return { count: Number(row!.count), oldestSeconds: row!.oldest ?? 0 };
}

export async function pendingJobs(db: Database): Promise<number> {
  const [row] = await db.query<{ count: string }>(
    `SELECT count(*) AS count FROM graphile_worker._private_jobs`,
  );
  return Number(row!.count);
}

/** One post on its own connection; a failure at the connection (a process going away) is status 0. */
export type EachResult = PostResult & { connectedAt?: number };

function postOne(app: App, prepared: PreparedPost): Promise<EachResult> {
  const started = performance.now();
  let connectedAt: number | undefined;
  const site = new URL(SITE_URL);
  return new Promise((resolve) => {
    const failed = () => resolve({ status: 0, ms: performance.now() - started, startedAt: started });
    const request = http.request(
      {
        host: "127.0.0.1",
        port: app.port,
        path: prepared.path,
        method: "POST",
        agent: false,
        // The site's own origin and host name, as a browser on the site sends them.
        headers: {
          origin: site.origin,
          host: site.host,
          accept: "text/html",
          "content-type": prepared.contentType,
          "content-length": prepared.body.length,
        },
        timeout: 30_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", failed);
        response.on("end", () => {
          const status = response.statusCode ?? 0;
          resolve({
            status,
            connectedAt,
            ms: performance.now() - started,
            startedAt: started,
            location: response.headers.location,
            snippet: status === 303 ? undefined : Buffer.concat(chunks).toString("utf8"),
          });
        });
      },
    );
    request.on("socket", (socket) => socket.once("connect", () => (connectedAt = performance.now())));
    request.on("timeout", () => request.destroy());
    request.on("error", failed);
    request.end(prepared.body);
  });
}

/**
 * Like postSignups, but each post on a new connection, and one that fails at the connection
 * is a result with status 0 instead of ending the run; `onStart(i)` is called as post `i` goes out.
 */
export async function postEach(
  app: App,
  posts: PreparedPost[],
  connections: number,
  onStart?: (index: number) => void,
): Promise<EachResult[]> {
  const results: EachResult[] = new Array(posts.length);
  let next = 0;
  const loop = async () => {
    for (let i = next++; i < posts.length; i = next++) {
      onStart?.(i);
      results[i] = await postOne(app, posts[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(connections, posts.length) }, loop));
  return results;
}
