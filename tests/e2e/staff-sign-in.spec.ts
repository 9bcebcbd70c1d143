import type { Page } from "@playwright/test";
import { totpCode } from "../support/totp";
import { sampleFields } from "../support/signup-samples";
import { openReadyForm, postForm } from "./support/form-post";
import { messagesAbout, query } from "./support/runtime";
import {
  adminCreateLink,
  emailTo,
  expect,
  linkIn,
  setPasswordThroughLink,
  signIn,
  signInAs,
  test,
  uniqueEmail,
} from "./support/staff";

const dashboard = /\/admin$/;

/** A used, expired or replaced link opens on what to do instead, with no password form. */
async function expectDeadLink(page: Page, link: string) {
  await page.goto(link);
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("This link no longer works");
  await expect(alert).toContainText("Ask an admin to send you a new invitation.");
  await expect(alert.getByRole("link", { name: "Request a new reset link" })).toHaveAttribute(
    "href",
    "/admin/reset-password",
  );
  await expect(page.getByLabel("New password", { exact: true })).toHaveCount(0);
}

test("admin:create's link sets a password once; a used or expired link is refused", async ({ page }) => {
  const email = uniqueEmail("created");
  const link = await adminCreateLink(email, "admin");
  await setPasswordThroughLink(page, link, "a long walk by the river");
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    "Your password is set. You can sign in now.",
  );
  await signIn(page, { email, password: "a long walk by the river" });
  await expect(page).toHaveURL(dashboard);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");

  // The same link again: refused at once, saying what to do.
  await page.context().clearCookies();
  await expectDeadLink(page, link);

  // A fresh link whose 24 hours are over: refused.
  const other = uniqueEmail("expired");
  const expired = await adminCreateLink(other, "reviewer");
  // Links are stored hashed (lib/auth/password-links.ts): found by their account.
  await query(
    `UPDATE auth_verifications SET expires_at = now() - interval '1 minute'
      WHERE identifier LIKE 'reset-password:%' AND value = (SELECT id FROM staff_users WHERE email = $1)`,
    [other],
  );
  await expectDeadLink(page, expired);
  await query("DELETE FROM staff_users WHERE email = ANY($1)", [[email, other]]);
});

test("an admin invites a reviewer by email, who sets a password and cannot open admin pages", async ({
  page,
  browser,
  staff,
}) => {
  const admin = await staff("admin");
  await signInAs(page, admin, "/admin/staff");
  await expect(page).toHaveURL(/\/admin\/staff$/);
  const invitee = uniqueEmail("invited");
  await page.getByLabel("Name").fill("Rita Reviewer");
  await page.getByLabel("Email").fill(invitee);
  await page.getByRole("button", { name: "Send invitation", exact: true }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Invitation sent.");
  await expect(page.locator(`[data-staff="${invitee}"]`)).toContainText("reviewer");

  const invitation = await emailTo(invitee, /invited to the staff area/);
  const reviewer = await browser.newPage();
  await setPasswordThroughLink(reviewer, linkIn(invitation.text), "rivers run to the sea");
  // Wait for the password to be set: signing in at once would abandon the request on its way
  // (seen in a 20-times run of this file).
  await expect(reviewer.getByRole("main").getByRole("status")).toContainText("Your password is set");
  await signIn(reviewer, { email: invitee, password: "rivers run to the sea" });
  await expect(reviewer).toHaveURL(dashboard);
  const refused = await reviewer.goto("/admin/staff");
  expect(refused?.status()).toBe(403);
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText("Not available to your account");
  await reviewer.close();
  await query("DELETE FROM staff_users WHERE email = $1", [invitee]);
});

test("a password reset by email works once, and answers the same for an unknown address", async ({
  page,
  staff,
}) => {
  const member = await staff();
  for (const email of [member.email, "nobody.here@example.org"]) {
    await page.goto("/admin/reset-password");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Email me a link" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText(
      "If that address belongs to a staff account, a link is on its way. Check your inbox.",
    );
  }
  const reset = await emailTo(member.email, /reset the password/);
  await setPasswordThroughLink(page, linkIn(reset.text), "the new quiet password");
  await expect(page.getByRole("main").getByRole("status")).toContainText("Your password is set");
  await signIn(page, { email: member.email, password: member.password });
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "That email and password do not match an account.",
  );
  await signIn(page, { email: member.email, password: "the new quiet password" });
  await expect(page).toHaveURL(dashboard);
});

test("two-factor sign-in: enrol with the key, then sign in with a code and with a recovery code", async ({
  page,
  staff,
}) => {
  const member = await staff();
  await signIn(page, member, "/admin/account");
  await expect(page).toHaveURL(/\/admin\/account$/);
  await page.getByLabel("Your password, to confirm").fill(member.password);
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!;
  const recovery = await page.getByTestId("recovery-codes").locator("li").allTextContents();
  expect(recovery.length).toBeGreaterThanOrEqual(8);
  await page.getByLabel("6-digit code").fill(totpCode(secret));
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByText("Two-factor sign-in is on.").first()).toBeVisible();

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/login\?signedOut=1$/);
  const [mark] = await query<{ id: string }>("SELECT coalesce(max(id), 0)::text AS id FROM audit_events");
  await signIn(page, member);
  await page
    .getByLabel("6-digit code from your authenticator app")
    .fill(totpCode(secret, Date.now() + 30_000));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(dashboard);
  // The password step and the code step are one sign-in in the audit log.
  expect(
    await query<{ action: string; two_factor: string | null }>(
      `SELECT action, detail->>'twoFactor' AS two_factor FROM audit_events
        WHERE id > $1 AND subject = (SELECT id FROM staff_users WHERE email = $2) ORDER BY id`,
      [mark!.id, member.email],
    ),
  ).toEqual([{ action: "sign_in", two_factor: "true" }]);

  const signInAgainWithRecoveryCode = async () => {
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    // Wait for the sign-out to finish: going to the sign-in page while it is still on its way
    // finds the session alive and is sent on to the dashboard (the flaky run of issue 19).
    await expect(page).toHaveURL(/\/admin\/login\?signedOut=1$/);
    await signIn(page, member);
    await page.getByRole("button", { name: "Use a recovery code instead" }).click();
    await page.getByLabel("Recovery code").fill(recovery[0]!);
    await page.getByRole("button", { name: "Verify" }).click();
  };
  await signInAgainWithRecoveryCode();
  await expect(page).toHaveURL(dashboard);
  // A recovery code works once.
  await signInAgainWithRecoveryCode();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("That code did not work");
});

test("signed out, the admin link of a real staff email leads to sign-in and then back to it", async ({
  page,
  request,
  staff,
}) => {
  const volunteer = uniqueEmail("volunteer").replace("example.org", "example.com");
  const form = await openReadyForm(request, "medical");
  const posted = await postForm(request, "medical", form, { ...sampleFields("medical"), email: volunteer });
  expect(posted.status()).toBe(303);
  const [signup] = await query<{ id: string }>("SELECT id FROM signups WHERE email = $1", [volunteer]);
  let adminLink = "";
  await expect
    .poll(
      async () => {
        const messages = await messagesAbout(volunteer);
        adminLink =
          /https?:\/\/\S+\/admin\/signups\/[0-9a-f-]+/.exec(messages.staff[0]?.text ?? "")?.[0] ?? "";
        return adminLink;
      },
      { timeout: 30_000 },
    )
    .toContain(signup!.id);

  const member = await staff();
  await page.goto(adminLink);
  await expect(page).toHaveURL(/\/admin\/login\?next=/);
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password").fill(member.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(adminLink);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Ana María/);
});
