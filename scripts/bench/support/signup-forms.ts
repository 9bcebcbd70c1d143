import { ROLES } from "../../../lib/signup/options";
import { hiddenInputs } from "../../../tests/support/hidden-inputs";
import { sampleFields, toEntries } from "../../../tests/support/signup-samples";

/** One signup ready to post: the form as a browser without JavaScript would send it. */
export type PreparedPost = { path: string; body: Buffer; contentType: string };

/** Signup `i` (its role and email follow from `i`): one GET for its single-use form token. */
export async function prepareOne(siteUrl: string, i: number): Promise<PreparedPost> {
  const role = ROLES[i % ROLES.length]!;
  const path = `/volunteer/${role}`;
  const response = await fetch(`${siteUrl}${path}`, { signal: AbortSignal.timeout(30_000) });
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
  const hidden = hiddenInputs(await response.text());
  if (!hidden.some(([name]) => name === "formToken")) throw new Error(`GET ${path}: no formToken input`);
  const form = new FormData();
  for (const [name, value] of hidden) form.append(name, value);
  const fields = { ...sampleFields(role, i), email: `bench.${i}@example.com` };
  for (const [name, value] of toEntries(fields)) form.append(name, value);
  // Encoded now, so the timed phase spends no client CPU on multipart.
  const encoded = new Response(form);
  const contentType = encoded.headers.get("content-type")!;
  return { path, body: Buffer.from(await encoded.arrayBuffer()), contentType };
}

/** One GET per signup: form tokens are single-use idempotency keys. */
export async function prepareSignups(siteUrl: string, count: number, concurrency: number) {
  const posts: PreparedPost[] = new Array(count);
  let next = 0;
  const loop = async () => {
    for (let i = next++; i < count; i = next++) posts[i] = await prepareOne(siteUrl, i);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, loop));
  return posts;
}
