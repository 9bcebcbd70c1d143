import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { E2E_URL } from "../e2e-environment";
import { postSignIn, type StaffMember } from "./staff";

/**
 * An HTTP client signed in as `member` through better-auth's sign-in route, as the page does.
 * It sends no Sec-Fetch-* headers of its own (curl does not either); a test adds them.
 */
export async function signedInRequest(member: StaffMember): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL: E2E_URL });
  await postSignIn(context, member);
  return context;
}
