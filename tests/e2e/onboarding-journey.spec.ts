import { randomUUID } from "node:crypto";
import { en } from "../../lib/messages/en";
import { es } from "../../lib/messages/es";
import { format } from "../../lib/messages/format";
import { PLEDGE_VERSION } from "../../lib/onboarding/steps";
import { sampleFields } from "../support/signup-samples";
import { axeScripted } from "./support/axe-scripted";
import { foreignNeedles, needlesIn, visibleTextWithoutQuotes } from "./support/catalog-text";
import { openReadyForm, postForm } from "./support/form-post";
import { caughtMessages, query } from "./support/runtime";
import { emailTo, expect, signInAs, test, uniqueEmail } from "./support/staff";

// Issue 23's journey, from signup to ready: an interpreter signs up; staff see three open
// steps; the volunteer signs the pledge through their emailed link; staff record the language
// pair's assessment; the volunteer takes a place in a training and gets its .ics; staff mark
// attendance; the record and the dashboard show "ready".

const LINK = /(?:\/es)?\/volunteer\/me\/open\/[\w-]{43}/;

test("an interpreter goes from signup to ready for a first case", async ({ page, request, staff }) => {
  test.setTimeout(180_000);
  const email = uniqueEmail("ready");
  const lastName = `Ixcoy ${randomUUID().slice(0, 6)}`;
  // One language pair and no court certification: the orientation, the pledge, the pair.
  const fields = Object.fromEntries(
    Object.entries({ ...sampleFields("interpreter"), email, lastName, certifications: "ata" }).filter(
      ([key]) => !key.startsWith("pairs.1."),
    ),
  );
  const form = await openReadyForm(request, "interpreter");
  expect((await postForm(request, "interpreter", form, fields)).status()).toBe(303);
  const [signup] = await query<{ id: string }>("SELECT id::text FROM signups WHERE email = $1", [email]);
  const record = `/admin/signups/${signup!.id}`;
  const title = `Interpreter orientation ${randomUUID().slice(0, 6)}`;
  const [training] = await query<{ id: string }>(
    `INSERT INTO training_sessions (id, title, roles, starts_at, ends_at, place, capacity, language, updated_at)
     VALUES (gen_random_uuid(), $1, '{interpreter}', now() + interval '5 days', now() + interval '5 days 2 hours',
             'Albuquerque office', 10, 'en', now()) RETURNING id::text`,
    [title],
  );

  // Staff: three steps open.
  const s = en.admin.record.steps;
  const staffPage = await page.context().newPage();
  await signInAs(staffPage, await staff("reviewer"), record);
  await expect(staffPage.getByText(format(s.left.other, { count: 3 })).first()).toBeVisible();
  await expect(staffPage.locator("[data-step][data-state='open']")).toHaveCount(3);

  // The volunteer signs the pledge from their own page.
  const v = en.volunteerMe;
  await page.goto("/volunteer/me");
  await page.getByLabel(v.emailLabel).fill(email);
  await page.getByRole("button", { name: v.submit }).click();
  await page.goto(LINK.exec((await emailTo(email, LINK)).text ?? "")![0]);
  await page.getByRole("button", { name: v.open.button }).click();
  await expect(page).toHaveURL(/\/volunteer\/me\/signups$/);
  await page.goto(`/volunteer/me/signups/${signup!.id}`);
  await page.getByLabel(format(v.steps.pledge.agree, { version: PLEDGE_VERSION })).check();
  await page.getByRole("button", { name: v.steps.pledge.button }).click();
  await expect(page.getByRole("status")).toHaveText(v.steps.saved);

  // Staff record the pair's assessment.
  await staffPage.reload();
  const pair = staffPage.locator("[data-step='languagePairAssessed']");
  await pair.locator("summary").click();
  await pair.locator("button[value='save']").click();
  await expect(pair.getByText(s.saved)).toBeVisible();
  await staffPage.reload();
  await expect(staffPage.locator("[data-step][data-state='open']")).toHaveCount(1);

  // The volunteer takes a place in the training and gets it for their calendar.
  await page.reload();
  const t = en.trainings;
  await page.getByRole("button", { name: format(t.registerFor, { title }) }).click();
  await expect(page.getByRole("status").filter({ hasText: title })).toContainText(
    format(t.outcomes.registered, { title }),
  );
  let ics = "";
  await expect
    .poll(async () => {
      const confirmation = (await caughtMessages()).find(
        (m) => m.envelopeTo.includes(email) && m.subject === format(t.emails.confirmationSubject, { title }),
      );
      ics = confirmation?.attachments.find((a) => a.filename === "training.ics")?.content.toString() ?? "";
      return ics;
    })
    .toContain("BEGIN:VEVENT");
  expect(ics).toContain(`SUMMARY:${title}`);

  // Staff mark attendance: the training step is done, and the volunteer is ready.
  await staffPage.goto(`/admin/trainings/${training!.id}`);
  const name = `Ana María ${lastName}`;
  await staffPage.getByRole("checkbox", { name: format(en.admin.trainings.attendedLabel, { name }) }).check();
  await staffPage.getByRole("button", { name: en.admin.trainings.saveAttendance }).click();
  await expect(staffPage.getByText(/Attendance saved: 1 marked present/)).toBeVisible();
  await staffPage.goto(record);
  await expect(staffPage.getByText(s.ready, { exact: true }).first()).toBeVisible();
  await expect(staffPage.locator("[data-step][data-state='open']")).toHaveCount(0);

  // The dashboard's ready interpreters lead to a list that holds them.
  await staffPage.goto("/admin");
  await staffPage.locator("a[href*='readiness=ready'][href*='role=interpreter']").first().click();
  await expect(staffPage.getByText(lastName).first()).toBeVisible();
});

test.describe("in Spanish, without JavaScript, at a phone's width", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test("a volunteer sees their steps and a training in Spanish only, takes the place and gives it back", async ({
    page,
    request,
  }) => {
    const email = uniqueEmail("paso");
    const form = (await openReadyForm(request, "interpreter")).map(([name, value]): [string, string] =>
      name === "locale" ? [name, "es"] : [name, value],
    );
    expect(
      (await postForm(request, "interpreter", form, { ...sampleFields("interpreter"), email })).status(),
    ).toBe(303);
    const [signup] = await query<{ id: string }>("SELECT id::text FROM signups WHERE email = $1", [email]);
    const title = `Orientación ${randomUUID().slice(0, 6)}`;
    await query(
      `INSERT INTO training_sessions (id, title, roles, starts_at, ends_at, place, capacity, language, updated_at)
       VALUES (gen_random_uuid(), $1, '{interpreter}', now() + interval '6 days', now() + interval '6 days 2 hours',
               'Oficina de Albuquerque', 1, 'es', now())`,
      [title],
    );

    const v = es.volunteerMe;
    const t = es.trainings;
    await page.goto("/es/volunteer/me");
    await page.getByLabel(v.emailLabel).fill(email);
    await page.getByRole("button", { name: v.submit }).click();
    await page.goto(LINK.exec((await emailTo(email, /\/es\/volunteer\/me\/open\//)).text ?? "")![0]);
    await page.getByRole("button", { name: v.open.button }).click();
    await expect(page).toHaveURL(/\/es\/volunteer\/me\/signups$/);
    await page.goto(`/es/volunteer/me/signups/${signup!.id}`);

    const expectSpanishAndAccessible = async () => {
      expect(needlesIn(await visibleTextWithoutQuotes(page), foreignNeedles(en, es))).toEqual([]);
      const { violations, width } = await axeScripted(page);
      expect(violations).toEqual([]);
      expect(width).toBeLessThanOrEqual(390);
    };
    await expect(page.getByRole("heading", { name: t.heading })).toBeVisible();
    await expect(page.getByText(format(v.steps.pledge.agree, { version: PLEDGE_VERSION }))).toBeVisible();
    await expectSpanishAndAccessible();

    await page.getByRole("button", { name: format(t.registerFor, { title }) }).click();
    await expect(page.getByRole("status").filter({ hasText: title })).toHaveText(
      format(t.outcomes.registered, { title }),
    );
    await expectSpanishAndAccessible();
    await page.getByRole("button", { name: format(t.cancelFor, { title }) }).click();
    await expect(page.getByRole("status").filter({ hasText: title })).toHaveText(
      format(t.outcomes.cancelled, { title }),
    );
    await expect(page.getByText(format(t.placesLeft.one, {}))).toBeVisible();
  });
});
