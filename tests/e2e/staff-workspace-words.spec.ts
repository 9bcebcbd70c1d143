import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { sampleFields } from "../support/signup-samples";
import { collectPageErrors } from "./support/console-errors";
import { openReadyForm, postForm } from "./support/form-post";
import { query } from "./support/runtime";
import { expect, signIn, signInAs, test, uniqueEmail } from "./support/staff";

// Issue 21, the staff workspace in words: the audit log as sentences with names (no JSON, no
// ids in view), a display name set on the account page and then used in the nav and the log,
// sessions described ("Chrome on Linux · 127.0.0.1 · active just now"), recovery codes copied
// or downloaded, the nav's current page marked, and the staff area's own header.

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const SIZES = [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
];

async function expectAccessibleAtBothSizes(page: Page) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(
      results.violations.map((v) => `${v.id} at ${size.width}: ${v.nodes.map((n) => n.target).join(", ")}`),
    ).toEqual([]);
  }
  await page.setViewportSize(SIZES[0]!);
}

/** A signup made through the attorney form as a browser sends it, with its own last name. */
async function submitSignup(request: APIRequestContext, lastName: string) {
  const email = uniqueEmail("words").replace("example.org", "example.com");
  const form = await openReadyForm(request, "attorney");
  const fields = { ...sampleFields("attorney"), email, lastName };
  expect((await postForm(request, "attorney", form, fields)).status()).toBe(303);
  const [row] = await query<{ id: string }>("SELECT id::text FROM signups WHERE email = $1", [email]);
  return { id: row!.id, name: `${sampleFields("attorney").firstName} ${lastName}` };
}

const userIdOf = async (email: string) =>
  (await query<{ id: string }>("SELECT id FROM staff_users WHERE email = $1", [email]))[0]!.id;

test("an admin sets a display name that the nav and the audit log then use; the log reads in sentences", async ({
  page,
  request,
  staff,
}) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  const admin = await staff("admin");
  // This test's own names: letters from the member's unique address.
  const suffix = admin.email.slice(6, 10).replace(/\d/g, (digit) => "ghijklmnop"[Number(digit)]!);
  const lastName = `Wordsworth-${suffix}`;
  const signup = await submitSignup(request, lastName);
  const nav = page.getByRole("navigation", { name: "Staff area" });
  const signedInAs = page.getByText(/^Signed in as /);

  // Signed in through the form, so the session is this browser's: it reads in words.
  await signIn(page, admin, "/admin/account");
  await expect(page).toHaveURL(/\/admin\/account$/);
  await expect(signedInAs).toHaveText(`Signed in as ${admin.email} (admin)`);
  const sessions = page.locator("section", {
    has: page.getByRole("heading", { name: "Where you are signed in" }),
  });
  await expect(sessions.getByRole("listitem").filter({ hasText: "(this browser)" })).toHaveText(
    /^\S.* on \S.* · ((\d{1,3}\.){3}\d{1,3}|[0-9a-f:]*:[0-9a-f.:]+) · active (just now|\d+ minutes? ago) · signed in .+ \(this browser\)$/,
  );

  // A blank name is refused beside the field and what was typed stays.
  const field = page.getByRole("textbox", { name: "Display name" });
  await field.fill("   ");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(
    page.getByText("Please enter a name of 1 to 80 characters, without line breaks."),
  ).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveValue("   ");
  // Unchanged: the name the staff fixture gave the account.
  expect(await query("SELECT name FROM staff_users WHERE email = $1", [admin.email])).toEqual([
    { name: admin.email },
  ]);

  const name = `Rosa Díaz ${suffix}`;
  await field.fill(name);
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Your name is saved.")).toBeVisible();
  await expect(signedInAs).toHaveText(`Signed in as ${name} (admin)`);

  // Something to find in the log: the signup opened and its status changed on its record.
  await page.goto(`/admin/signups/${signup.id}`);
  const status = page.getByRole("region", { name: "Status, assignee and follow-up" });
  await status.getByRole("combobox", { name: "Status" }).selectOption({ label: "Contacted" });
  await status.getByRole("button", { name: "Save", exact: true }).click();
  await expect(status.getByRole("status").last()).toHaveText("Saved.");

  // The log, kept to this admin's entries (other tests write theirs at the same time).
  await page.goto(`/admin/audit?actor=${encodeURIComponent(await userIdOf(admin.email))}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
  await expect(nav.getByRole("link", { name: "Audit log" })).toHaveAttribute("aria-current", "page");
  await expect(signedInAs).toHaveText(`Signed in as ${name} (admin)`);
  const table = page.getByRole("table", { name: "Audit entries, newest first." });
  const rowOf = (action: string) => table.locator(`tr[data-action=${action}]`).first();
  await expect(rowOf("signup_status_changed")).toContainText(
    `${name} changed the status of ${signup.name}'s signup from New to Contacted.`,
  );
  await expect(rowOf("signup_status_changed").getByRole("link", { name: "Open the signup" })).toHaveAttribute(
    "href",
    `/admin/signups/${signup.id}`,
  );
  await expect(rowOf("signup_viewed")).toContainText(`${name} opened ${signup.name}'s signup.`);
  await expect(rowOf("staff_name_changed")).toContainText(`${name} changed their display name.`);
  // The name in effect now, also on what was done before it was set.
  await expect(rowOf("sign_in")).toContainText(`${name} signed in.`);
  await expect(rowOf("sign_in").locator("td").nth(1)).toHaveText(name);

  // No raw detail in view: no JSON braces, no ids. The closed "Technical detail" keeps them,
  // so its text is left out here (it is not shown until opened).
  const visible = await page.getByRole("main").evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    for (const details of copy.querySelectorAll("details")) details.remove();
    return copy.textContent ?? "";
  });
  expect(visible).toContain(`${name} changed their display name.`);
  expect(visible).not.toMatch(/[{}]/);
  expect(visible).not.toMatch(UUID);
  expect(await table.locator("details[open]").count()).toBe(0);
  const technical = rowOf("signup_status_changed").getByText("Technical detail");
  await technical.click();
  await expect(rowOf("signup_status_changed")).toContainText(`signup_status_changed · ${signup.id}`);
  await technical.click();

  await expectAccessibleAtBothSizes(page);
  await page.goto("/admin/account");
  await expectAccessibleAtBothSizes(page);
  // The staff list, in no state of this test's own, is axe-checked by staff-pages-accessible.spec.ts.
  await page.goto("/admin/staff");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Staff accounts");
  expect(errors).toEqual([]);
});

test("the staff nav marks the page you are on, and the staff area has its own header without the public links", async ({
  page,
  staff,
}) => {
  const admin = await staff("admin");
  await signInAs(page, admin, "/admin");
  const nav = page.getByRole("navigation", { name: "Staff area" });
  const pages = [
    ["/admin", "Dashboard"],
    ["/admin/signups", "Signups"],
    ["/admin/messages", "Messages"],
    ["/admin/staff", "Staff accounts"],
    ["/admin/audit", "Audit log"],
    ["/admin/account", "My account"],
  ] as const;
  for (const [path, label] of pages) {
    await page.goto(path);
    const current = nav.getByRole("link", { name: label, exact: true });
    await expect(current, path).toHaveAttribute("aria-current", "page");
    await expect(nav.locator("[aria-current]"), path).toHaveCount(1);
    // Marked to the eye by more than colour: bold, with a bar under it; the others have neither.
    const look = (link: typeof current) =>
      link.evaluate((el) => {
        const style = getComputedStyle(el);
        return { weight: Number(style.fontWeight), bar: style.borderBottomWidth };
      });
    expect(await look(current), path).toEqual({ weight: 700, bar: "4px" });
    const other = nav.getByRole("link", { name: path === "/admin" ? "Signups" : "Dashboard", exact: true });
    expect((await look(other)).bar, path).toBe("0px");

    // The staff header: the organization, none of the public site's links.
    await expect(page.getByRole("banner"), path).toContainText("New Mexico Immigrant Law Center");
    for (const publicLink of ["The story", "Volunteer voices", "Volunteer"]) {
      await expect(
        page.getByRole("link", { name: publicLink, exact: true }),
        `${path}: ${publicLink}`,
      ).toHaveCount(0);
    }
  }
  // A page deeper in a section marks its section (as "true": it is not that page itself).
  await page.goto("/admin/messages/new");
  await expect(nav.getByRole("link", { name: "Messages", exact: true })).toHaveAttribute(
    "aria-current",
    "true",
  );
});

test("recovery codes shown at enrolment can be copied, with the outcome announced, or downloaded", async ({
  page,
  staff,
}) => {
  const errors = collectPageErrors(page);
  const member = await staff();
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await signInAs(page, member, "/admin/account");
  await page.getByLabel("Your password, to confirm").fill(member.password);
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByTestId("recovery-codes").locator("li").first()).toBeVisible();
  const codes = await page.getByTestId("recovery-codes").locator("li").allTextContents();
  expect(codes.length).toBeGreaterThanOrEqual(8);

  await page.getByRole("button", { name: "Copy the codes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The recovery codes are copied." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(codes.join("\n"));

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download as a text file" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("recovery-codes.txt");
  const text = await readFile((await download.path())!, "utf8");
  expect(text).toBe(
    [
      `Recovery codes for New Mexico Immigrant Law Center staff sign-in (${member.email}). Each works once.`,
      "",
      ...codes,
      "",
    ].join("\n"),
  );
  expect(errors).toEqual([]);
});
