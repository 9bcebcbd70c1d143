import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { caughtMessages, query } from "./support/runtime";
import { expect, linkIn, setPasswordThroughLink, signIn, signInAs, test, uniqueEmail } from "./support/staff";

// An invitation's whole life, as an admin and the invitee do it: invited, sent again (the
// first link now refused with what to do), cancelled (its link refused too), invited afresh
// and accepted; the list says "invited" until the password is set, then "active".

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];
const SIZES = [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
];

/** The links of the invitations caught for `email`, oldest first, once there are `count`. */
async function invitationLinks(email: string, count: number): Promise<string[]> {
  let links: string[] = [];
  await expect
    .poll(
      async () => {
        links = (await caughtMessages())
          .filter((m) => m.envelopeTo.includes(email) && /invited to the staff area/.test(m.text ?? ""))
          .map((m) => linkIn(m.text));
        return links.length;
      },
      { timeout: 30_000 },
    )
    .toBe(count);
  return links;
}

async function expectRefused(page: Page, link: string) {
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

async function expectNoAxeViolations(page: Page, what: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(
      results.violations.map(
        (v) => `${what} ${size.width}: ${v.id} ${v.nodes.map((n) => n.target).join(", ")}`,
      ),
    ).toEqual([]);
  }
}

test("an invitation: invited, resent, cancelled, invited again and accepted", async ({
  page,
  browser,
  staff,
}) => {
  const admin = await staff("admin");
  const invitee = uniqueEmail("invitee");
  const row = page.locator(`[data-staff="${invitee}"]`);
  const notice = page.getByRole("main").getByRole("status");
  const invite = async () => {
    await page.getByLabel("Name").fill("Nia Navarro");
    await page.getByLabel("Email").fill(invitee);
    await page.getByRole("button", { name: "Send invitation", exact: true }).click();
    await expect(notice).toHaveText("Invitation sent.");
  };
  await signInAs(page, admin, "/admin/staff");
  await expect(page).toHaveURL(/\/admin\/staff$/);

  // What each role can do is on the page.
  await expect(page.getByRole("region", { name: "What each role can do" })).toContainText(
    "Everything: signups, messages to volunteers and their templates, staff accounts and the audit log.",
  );

  await invite();
  await expect(row).toContainText("reviewer · invited: password not set yet");
  const [first] = await invitationLinks(invitee, 1);
  await expectNoAxeViolations(page, "/admin/staff");

  // Sent again: a new link, and the first one is refused with what to do.
  await page.setViewportSize(SIZES[0]!);
  await row.getByRole("button", { name: "Resend invitation" }).click();
  await expect(notice).toHaveText("Invitation sent again with a new link; the earlier link no longer works.");
  const [, second] = await invitationLinks(invitee, 2);
  expect(second).not.toBe(first);
  const invitePage = await (await browser.newContext()).newPage();
  // The dead link's page (one for every dead token) is axe-checked by staff-pages-accessible.spec.ts.
  await expectRefused(invitePage, first!);

  // Cancelled: the account is gone from the list and its link is refused.
  await row.getByRole("button", { name: "Cancel invitation" }).click();
  await expect(notice).toHaveText(
    "Invitation cancelled: its link no longer works and the account is removed.",
  );
  await expect(row).toHaveCount(0);
  await expectRefused(invitePage, second!);

  // Invited afresh and accepted: a password set, a sign-in, and "active" in the list.
  await invite();
  await expect(row).toContainText("invited: password not set yet");
  const [, , third] = await invitationLinks(invitee, 3);
  await setPasswordThroughLink(invitePage, third!, "tides turn twice a day");
  await expect(invitePage.getByRole("main").getByRole("status")).toContainText("Your password is set");
  await signIn(invitePage, { email: invitee, password: "tides turn twice a day" });
  await expect(invitePage).toHaveURL(/\/admin$/);
  await invitePage.close();

  await page.goto("/admin/staff");
  await expect(row).toContainText("reviewer · active");
  await expect(row).not.toContainText("invited");
  await expect(row.getByRole("button", { name: "Resend invitation" })).toHaveCount(0);
  await query("DELETE FROM staff_users WHERE email = $1", [invitee]);
});
