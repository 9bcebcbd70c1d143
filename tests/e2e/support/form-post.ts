import type { APIRequestContext, APIResponse } from "@playwright/test";
import type { Role } from "../../../lib/signup/options";
import { E2E_URL } from "../e2e-environment";
import { hiddenInputs } from "../../support/hidden-inputs";
import { toEntries, type FormFields } from "../../support/signup-samples";

// Posting a signup form the way a browser without JavaScript does: the page's hidden fields
// (React's action reference, our form token) plus the answers, as multipart form data.

export type HiddenFields = [string, string][];

export async function openForm(request: APIRequestContext, role: Role): Promise<HiddenFields> {
  return hiddenInputs(await (await request.get(`/volunteer/${role}`)).text());
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
