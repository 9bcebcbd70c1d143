import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse, Page } from "@playwright/test";
import { createFormToken } from "../../../lib/security/form-token";
import type { Role } from "../../../lib/signup/options";
import { E2E_DATA_DIR, E2E_URL } from "../e2e-environment";
import { hiddenInputs } from "../../support/hidden-inputs";
import { toEntries, type FormFields } from "../../support/signup-samples";

// Posting a signup form the way a browser without JavaScript does: the page's hidden fields
// (React's action reference, our form token) plus the answers, as multipart form data.

export type HiddenFields = [string, string][];

export async function openForm(request: APIRequestContext, role: Role): Promise<HiddenFields> {
  return hiddenInputs(await (await request.get(`/volunteer/${role}`)).text());
}

/**
 * A form token minted as the page mints one, but long enough ago that the server's bot timer
 * (SIGNUP_MIN_SECONDS) is over: no test waits it out. The timer itself is tested with fresh ones.
 */
export function agedFormToken(): string {
  const secret = readFileSync(path.join(E2E_DATA_DIR, "session-secret"), "utf8").trim();
  return createFormToken(secret, Date.now() - 10_000);
}

/** The form's hidden fields as a person who took their time would send them. */
export async function openReadyForm(request: APIRequestContext, role: Role): Promise<HiddenFields> {
  const hidden = await openForm(request, role);
  return hidden.map(([name, value]) => [name, name === "formToken" ? agedFormToken() : value]);
}

/** In a browser: the open form's token, aged (see agedFormToken). Call it before sending. */
export async function ageFormToken(page: Page): Promise<void> {
  await page
    .locator('input[name="formToken"]')
    .evaluate((input, token) => void ((input as HTMLInputElement).value = token), agedFormToken());
}

export function postForm(
  request: APIRequestContext,
  role: Role,
  hidden: HiddenFields,
  fields: FormFields | [string, string][],
  { origin = E2E_URL as string | null, headers = {} as Record<string, string> } = {},
): Promise<APIResponse> {
  const body = new FormData();
  for (const [name, value] of hidden) body.append(name, value);
  for (const [name, value] of Array.isArray(fields) ? fields : toEntries(fields)) body.append(name, value);
  return request.post(`/volunteer/${role}`, {
    multipart: body,
    maxRedirects: 0,
    headers: { ...headers, ...(origin === null ? {} : { Origin: origin }) },
  });
}

export const isThanksRedirect = (response: APIResponse) =>
  response.status() === 303 && (response.headers().location ?? "").startsWith("/volunteer/thanks");
