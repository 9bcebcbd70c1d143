import { addDays, localDay } from "../../lib/time/zoned";
import { sampleFields } from "../support/signup-samples";
import { collectPageErrors } from "./support/console-errors";
import { openReadyForm, postForm } from "./support/form-post";
import { query } from "./support/runtime";
import { expect, signInAs, test, uniqueEmail } from "./support/staff";

// Issue 20, a coordinator's day: a follow-up set for yesterday shows as overdue on the record,
// in its history, and under "Follow-ups due" on the dashboard; a signup assigned to me shows
// under "Assigned to me". Each dashboard count opens the list of those signups.

test("a follow-up for yesterday is overdue, and the dashboard's day leads to it and to my signups", async ({
  page,
  request,
  staff,
}) => {
  const errors = collectPageErrors(page);
  const email = uniqueEmail("followup");
  const form = await openReadyForm(request, "medical");
  expect((await postForm(request, "medical", form, { ...sampleFields("medical"), email })).status()).toBe(
    303,
  );
  const [signup] = await query<{ id: string }>("SELECT id::text FROM signups WHERE email = $1", [email]);
  const reviewer = await staff("reviewer");
  await query("UPDATE staff_users SET name = $1 WHERE email = $2", [
    `Coordinator ${signup!.id.slice(0, 6)}`,
    reviewer.email,
  ]);

  await signInAs(page, reviewer, `/admin/signups/${signup!.id}`);
  const yesterday = addDays(localDay(new Date(), "America/Denver"), -1);
  // One region, one Save; "Assign to me" answers first in it, the Save last.
  const followUp = page.getByRole("region", { name: "Status, assignee and follow-up" });
  await followUp.getByLabel("Follow up on").fill(yesterday);
  await followUp.getByLabel("Why (a few words)").fill("Call about the mentor program");
  await followUp.getByRole("button", { name: "Save", exact: true }).click();
  await expect(followUp.getByRole("status").last()).toHaveText("Saved.");
  await expect(followUp).toContainText("Call about the mentor program");
  await expect(followUp.getByText("Overdue")).toBeVisible();
  await expect(page.getByRole("region", { name: "History" })).toContainText("Set a follow-up for");

  await followUp.getByRole("button", { name: "Assign to me" }).click();
  await expect(followUp.getByRole("status").first()).toHaveText("Assigned to you.");
  await expect(followUp).toContainText(`Assigned to Coordinator ${signup!.id.slice(0, 6)}.`);

  await page.goto("/admin");
  const myDay = page.getByRole("region", { name: "My day" });
  await myDay.getByRole("link", { name: /My signups, oldest first/ }).click();
  await expect(page.locator(`[data-signup="${signup!.id}"]`)).toBeVisible();
  await page.goBack();
  await myDay.getByRole("link", { name: /Due today or overdue/ }).click();
  await expect(page).toHaveURL(/followUp=due/);
  await expect(page.locator(`[data-signup="${signup!.id}"]`)).toBeVisible();

  // Cleared: no longer due.
  await page.goto(`/admin/signups/${signup!.id}`);
  await followUp.getByLabel("Follow up on").fill("");
  await followUp.getByRole("button", { name: "Save", exact: true }).click();
  await expect(followUp.getByRole("status").last()).toHaveText("Saved.");
  await expect(followUp).toContainText("No follow-up set.");
  await page.goto("/admin/signups?followUp=due");
  await expect(page.locator(`[data-signup="${signup!.id}"]`)).toHaveCount(0);
  expect(errors).toEqual([]);
});
