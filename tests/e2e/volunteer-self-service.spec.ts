import type { APIRequestContext, Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { localePath } from "../../lib/i18n/paths";
import { en } from "../../lib/messages/en";
import { es } from "../../lib/messages/es";
import { format } from "../../lib/messages/format";
import { addDays, localDay } from "../../lib/time/zoned";
import { sampleFields } from "../support/signup-samples";
import { E2E_RUNTIME_ENV } from "./e2e-environment";
import { axeScripted } from "./support/axe-scripted";
import { openReadyForm, postForm } from "./support/form-post";
import { caughtMessages, query } from "./support/runtime";
import { emailTo, expect, signInAs, test, uniqueEmail } from "./support/staff";

// Issue 22's journey: a volunteer asks for a link, opens it from the caught email, changes
// their availability and a language in the form they first sent, pauses until a day, then
// withdraws. The record shows each change by "the volunteer", each came with a confirmation
// email, and staff got one digest listing them all. In English with JavaScript, in Spanish
// without, at a phone's width.

test.use({ viewport: { width: 390, height: 844 } });

const LINK = /(?:\/es)?\/volunteer\/me\/open\/[\w-]{43}/;
const DIGEST_TASK = "staff_digest_volunteer_changes";

async function expectAccessible(page: Page) {
  const { violations, width } = await axeScripted(page);
  expect(violations).toEqual([]);
  expect(width).toBeLessThanOrEqual(390);
}

async function signUp(request: APIRequestContext, fields: Record<string, string>): Promise<string> {
  const form = await openReadyForm(request, "attorney");
  const reply = await postForm(request, "attorney", form, { ...sampleFields("attorney"), ...fields });
  expect(reply.status()).toBe(303);
  const [row] = await query<{ id: string }>("SELECT id::text FROM signups WHERE email = $1", [fields.email]);
  return row!.id;
}

/** The hourly digest runs at minute 7: the journey starts clear of it, so one digest lists it all. */
async function clearOfTheHourlyDigest() {
  while ([6, 7].includes(new Date().getMinutes())) await new Promise((resolve) => setTimeout(resolve, 5_000));
}

for (const { locale, m, javaScriptEnabled } of [
  { locale: "en", m: en, javaScriptEnabled: true },
  { locale: "es", m: es, javaScriptEnabled: false },
] as const) {
  test.describe(`in ${locale === "en" ? "English" : "Spanish"}, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });
    const path = (p: string) => localePath(locale, p);
    const v = m.volunteerMe;

    test("a volunteer changes their answers, pauses, then withdraws; staff see each change and get one digest", async ({
      page,
      request,
      staff,
    }) => {
      test.setTimeout(180_000);
      await clearOfTheHourlyDigest();
      const email = uniqueEmail(`self-${locale}`);
      const lastName = `Quispe ${randomUUID().slice(0, 6)}`;
      const signupId = await signUp(request, { email, lastName });

      // The link, asked for and opened from the email.
      await page.goto(path("/volunteer/me"));
      await page.getByLabel(v.emailLabel).fill(email);
      await page.getByRole("button", { name: v.submit }).click();
      await expect(page.getByRole("status")).toHaveText(v.sent);
      const linkPath = LINK.exec((await emailTo(email, LINK)).text ?? "")![0];
      await page.goto(linkPath);
      await page.getByRole("button", { name: v.open.button }).click();
      await expect(page).toHaveURL(new RegExp(`${path("/volunteer/me/signups")}$`));
      await page.getByRole("link", { name: format(v.signups.open, { role: v.roles.attorney }) }).click();

      // Availability and a language, changed in the same form, the address shown but fixed.
      await page.getByRole("link", { name: v.manage.edit }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        format(v.manage.editTitle, { role: v.roles.attorney }),
      );
      await expect(page.locator('[name="email"]')).toHaveValue(email);
      await expect(page.locator('[name="email"]')).toHaveAttribute("readonly", "");
      await expect(page.locator('[name="languages.0.name"]')).toHaveValue("Spanish");
      await expectAccessible(page);
      await page.locator('[name="languages.0.name"]').fill("Portuguese");
      await page.getByRole("checkbox", { name: m.forms.options.availability.in_person }).check();
      await page.getByRole("button", { name: v.manage.save }).click();
      await expect(page).toHaveURL(
        new RegExp(`${path(`/volunteer/me/signups/${signupId}`)}\\?done=updated$`),
      );
      await expect(page.getByRole("status")).toContainText(v.done.updated);
      await expect(page.getByText("Portuguese")).toBeVisible();
      await expectAccessible(page);

      // Paused until a day a month ahead.
      const until = addDays(localDay(new Date(), "America/Denver"), 30);
      const untilWords = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
        new Date(`${until}T00:00:00Z`),
      );
      await page.getByLabel(v.manage.pauseLabel).fill(until);
      await page.getByRole("button", { name: v.manage.pauseButton }).click();
      await expect(page.getByRole("status")).toContainText(format(v.done.paused, { date: untilWords }));
      await expect(page.getByText(format(v.signups.status, { status: v.statuses.paused }))).toBeVisible();

      // Then withdrawn, asked once more on its own page.
      await page.getByRole("link", { name: v.manage.withdrawLink }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        format(v.manage.withdrawConfirmTitle, { role: v.roles.attorney }),
      );
      await expectAccessible(page);
      await page.getByRole("button", { name: v.manage.withdrawButton }).click();
      await expect(page.getByRole("status")).toContainText(v.done.withdrawn);
      await expect(page.getByText(format(v.signups.status, { status: v.statuses.closed }))).toBeVisible();
      await expect(page.getByRole("link", { name: v.manage.edit })).toHaveCount(0);
      await expectAccessible(page);

      // Stored as the volunteer's, each with its confirmation in their language.
      const events = await query<{ kind: string; actor: string | null }>(
        `SELECT kind, actor_id AS actor FROM signup_events
          WHERE signup_id = $1 AND kind IN ('updated', 'volunteer_paused', 'volunteer_withdrew') ORDER BY id`,
        [signupId],
      );
      expect(events).toEqual([
        { kind: "updated", actor: null },
        { kind: "volunteer_paused", actor: null },
        { kind: "volunteer_withdrew", actor: null },
      ]);
      const [row] = await query<{ languages: string[]; availability: string[]; status: string }>(
        "SELECT languages, availability, status::text FROM signups WHERE id = $1",
        [signupId],
      );
      expect(row).toEqual({
        languages: ["portuguese"],
        availability: ["remote", "in_person", "detention"],
        status: "declined",
      });
      const subject = format(m.emails.selfChange.subject, { org: "New Mexico Immigrant Law Center" });
      await expect
        .poll(async () =>
          (await caughtMessages()).filter((c) => c.envelopeTo.includes(email) && c.subject === subject),
        )
        .toHaveLength(3);

      // One digest to the attorneys' inbox lists all three.
      await query("SELECT graphile_worker.add_job($1)", [DIGEST_TASK]);
      let digests: Awaited<ReturnType<typeof caughtMessages>> = [];
      await expect
        .poll(async () => {
          digests = (await caughtMessages()).filter(
            (c) =>
              c.envelopeTo.includes(E2E_RUNTIME_ENV.STAFF_EMAIL_ATTORNEY) &&
              c.subject?.startsWith("Volunteers' own changes") &&
              (c.text ?? "").includes(lastName),
          );
          return digests.length;
        })
        .toBe(1);
      const digest = digests[0]!.text ?? "";
      expect(digest).toContain(`${signupId}`);
      for (const change of ["changed their answers:", `paused until`, "withdrew"])
        expect(digest).toContain(change);

      // The record, for staff: each change by the volunteer.
      const reviewer = await staff("reviewer");
      await signInAs(page, reviewer, `/admin/signups/${signupId}`);
      const h = en.admin.record.history;
      for (const [kind, words] of [
        ["updated", h.volunteerChanged],
        ["volunteer_paused", format(h.volunteerPaused, { date: "" }).trim()],
        ["volunteer_withdrew", h.volunteerWithdrew],
      ] as const) {
        const entry = page.locator(`[data-event="${kind}"]`).last();
        await expect(entry).toContainText(words);
        await expect(entry).toContainText(`by ${h.volunteer}`);
      }
    });
  });
}

/** Opens a fresh emailed link for `email` in `page`: the volunteer's list of signups. */
async function openOwnPages(page: Page, email: string, locale: "en" | "es") {
  const v = (locale === "en" ? en : es).volunteerMe;
  await page.goto(localePath(locale, "/volunteer/me"));
  await page.getByLabel(v.emailLabel).fill(email);
  await page.getByRole("button", { name: v.submit }).click();
  await expect(page.getByRole("status")).toHaveText(v.sent);
  const linkPath = LINK.exec((await emailTo(email, LINK)).text ?? "")![0];
  await page.goto(linkPath);
  await page.getByRole("button", { name: v.open.button }).click();
  await expect(page).toHaveURL(new RegExp(`${localePath(locale, "/volunteer/me/signups")}$`));
  return linkPath;
}

const signupState = async (id: string) =>
  (
    await query<{ status: string; version: number; paused: string | null }>(
      "SELECT status::text, version, paused_until::text AS paused FROM signups WHERE id = $1",
      [id],
    )
  )[0];

test("an expired link, a form posted with another person's signup id, and a session past 30 minutes change nothing", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("self-refused");
  const signupId = await signUp(request, { email, lastName: `Mamani ${randomUUID().slice(0, 6)}` });
  const stranger = uniqueEmail("self-stranger");
  const strangerId = await signUp(request, { email: stranger, lastName: "Stranger" });
  const v = en.volunteerMe;

  // A link past its 24 hours: the "ask for a new one" page, and no button.
  await page.goto("/volunteer/me");
  await page.getByLabel(v.emailLabel).fill(email);
  await page.getByRole("button", { name: v.submit }).click();
  const expiredPath = LINK.exec((await emailTo(email, LINK)).text ?? "")![0];
  await query("UPDATE volunteer_links SET expires_at = now() - interval '1 second' WHERE email = $1", [
    email,
  ]);
  await page.goto(expiredPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(v.dead.title);
  await expect(page.getByRole("button", { name: v.open.button })).toHaveCount(0);

  // A fresh link; the pause form posted with the stranger's id in its hidden field.
  await openOwnPages(page, email, "en");
  await page.goto(`/volunteer/me/signups/${signupId}`);
  const before = { mine: await signupState(signupId), theirs: await signupState(strangerId) };
  await page.locator('#pause input[name="signupId"]').evaluate((input, id) => {
    (input as HTMLInputElement).value = id;
  }, strangerId);
  await page.getByLabel(v.manage.pauseLabel).fill(addDays(localDay(new Date(), "America/Denver"), 10));
  await page.getByRole("button", { name: v.manage.pauseButton }).click();
  // The site's "not found", as for an id in the address bar.
  await expect(page.getByRole("heading", { name: en.notFound.title })).toBeVisible();
  await expect(page.getByText(stranger)).toHaveCount(0);
  expect(await signupState(strangerId)).toEqual(before.theirs);

  // The session past its 30 minutes, the page still open: posting changes nothing.
  await page.goto(`/volunteer/me/signups/${signupId}`);
  await query("UPDATE volunteer_sessions SET expires_at = now() - interval '1 second' WHERE email = $1", [
    email,
  ]);
  await page.getByRole("link", { name: v.manage.withdrawLink }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(v.dead.title);
  await page.goto(`/volunteer/me/signups/${signupId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(v.dead.title);
  expect(await signupState(signupId)).toEqual(before.mine);
  expect(
    await query(
      "SELECT kind FROM signup_events WHERE signup_id = ANY($1::uuid[]) AND kind IN ('updated', 'volunteer_paused', 'volunteer_withdrew')",
      [[signupId, strangerId]],
    ),
  ).toEqual([]);
});

test.describe("without JavaScript, in Spanish", () => {
  test.use({ javaScriptEnabled: false });

  test("a volunteer stops all emails, then deletes their data, asked twice; staff see it in the audit log", async ({
    page,
    request,
    staff,
  }) => {
    const email = uniqueEmail("self-delete");
    const lastName = `Condori ${randomUUID().slice(0, 6)}`;
    const signupId = await signUp(request, { email, lastName });
    const v = es.volunteerMe;
    await openOwnPages(page, email, "es");

    await page.getByRole("button", { name: v.emails.button }).click();
    await expect(page.getByRole("status")).toHaveText(v.done.stopped);
    await expect(page.getByText(v.emails.stopped.split(".")[0]!)).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: v.delete.link }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(v.delete.title);
    await expectAccessible(page);
    // Posted without the box ticked (the browser's own check stops it first): the server's
    // answer, next to the box.
    await page.goto("/es/volunteer/me/delete?error=understand");
    await expect(page.getByText(v.delete.understandError)).toBeVisible();
    await expect(page.getByLabel(v.delete.understand)).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel(v.delete.understand).check();
    await page.getByRole("button", { name: v.delete.continue }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(v.delete.confirmTitle);
    expect(
      await query("SELECT 1 FROM signups WHERE id = $1 AND anonymized_at IS NULL", [signupId]),
    ).toHaveLength(1);
    await expectAccessible(page);
    await page.getByRole("button", { name: v.delete.confirmButton }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(v.delete.doneTitle);
    await expectAccessible(page);
    // The session went with the data.
    await page.goto("/es/volunteer/me/signups");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(v.dead.title);
    expect(
      await query("SELECT 1 FROM signups WHERE email = $1 OR last_name = $2", [email, lastName]),
    ).toEqual([]);

    const admin = await staff("admin");
    await signInAs(page, admin, "/admin/audit");
    await expect(
      page
        .getByText(
          format(en.admin.audit.sentences.volunteer_deleted_data, {
            actor: en.admin.audit.theVolunteer,
            subject: en.admin.audit.anonymisedSignup,
          }),
        )
        .first(),
    ).toBeVisible();
  });
});
