import "server-only";
import type { Env } from "../config/env-schema";
import type { Db } from "../db/client";
import { verifyFormToken } from "../security/form-token";
import { clientAddress } from "../security/rate-limit";
import { isSameOrigin } from "../security/same-origin";
import type { RequestFacts } from "../signup/handle-submission";
import { LinkRequestSchema } from "./link-request-form";
import { requestVolunteerLink, type LinkRequestEnv } from "./request-link";

// A POST of /volunteer/me, with no HTTP in it: the same checks as the signup forms (origin,
// form token), then the request. Every address that parses gets "sent", known or not, within
// its limits or over them.

export type LinkRequestResult = { kind: "sent" } | { kind: "invalid" } | { kind: "refused" };

export async function handleLinkRequest(
  values: { email?: unknown; formToken?: unknown },
  request: RequestFacts,
  deps: {
    db: Db;
    env: LinkRequestEnv & Pick<Env, "SITE_URL">;
    locale: string;
  },
): Promise<LinkRequestResult> {
  const { db, env } = deps;
  if (!isSameOrigin(request, env.SITE_URL)) return { kind: "refused" };
  const formToken = typeof values.formToken === "string" ? values.formToken : undefined;
  if (!verifyFormToken(formToken, env.SESSION_SECRET)) return { kind: "refused" };
  const parsed = LinkRequestSchema.safeParse({ email: values.email });
  if (!parsed.success) return { kind: "invalid" };
  await requestVolunteerLink(db, env, {
    email: parsed.data.email,
    locale: deps.locale,
    clientAddress: clientAddress(request.forwardedFor),
  });
  return { kind: "sent" };
}
