import type { Page } from "@playwright/test";
import { es } from "../../lib/messages/es";
import { sampleFields } from "../support/signup-samples";
import { axeScripted } from "./support/axe-scripted";
import { collectPageErrors } from "./support/console-errors";
import { fillSignupForm } from "./support/fill-signup-form";
import { ageFormToken, openReadyForm, postForm } from "./support/form-post";
import { query } from "./support/runtime";
import { emailTo, expect, signInAs, test, uniqueEmail } from "./support/staff";

// A stranger who knows a volunteer's address sends the form again (decision 030): they land on
// the same page as anyone signing up, and nothing changes until the link emailed to that
// address is opened and its button pressed.

const PHONE = { width: 390, height: 844 };
const CONFIRM_LINK = /https?:\/\/\S+?(\/(?:es\/)?volunteer\/confirm\/[\w-]{43})/;

type SignupRow = { id: string; city: string; hours: number; submissions: number; version: number };

async function signupOf(email: string): Promise<SignupRow[]> {
  return query<SignupRow>(
    `SELECT id::text, city, hours_per_month AS hours, submission_count AS submissions, version
       FROM signups WHERE email = $1`,
    [email],
  );
}

/** Sends the attorney form in this browser; answers the page it ends on. */
async function sendForm(page: Page, fields: Record<string, string>) {
  await page.goto("/volunteer/attorney");
  await fillSignupForm(page, { ...sampleFields("attorney"), ...fields });
  await ageFormToken(page);
  await page.getByRole("button", { name: "Send my signup" }).click();
  await expect(page).toHaveURL(/\/volunteer\/thanks$/);
  return { url: page.url(), heading: await page.getByRole("heading", { level: 1 }).textContent() };
}

async function expectNoAxeViolations(page: Page) {
  expect((await axeScripted(page)).violations).toEqual([]);
}

test("a stranger's post with a known email lands on the same page and changes nothing until the volunteer confirms from the email", async ({
  browser,
  page,
  staff,
}) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("proposal").replace("example.org", "example.com");

  const volunteer = await sendForm(page, { email });
  const [before] = await signupOf(email);
  expect(before).toMatchObject({ city: "Albuquerque", hours: 10, submissions: 1 });

  // The stranger, in a browser of their own.
  const strangerContext = await browser.newContext();
  const stranger = await sendForm(await strangerContext.newPage(), {
    email,
    city: "Las Cruces",
    hoursPerMonth: "25",
  });
  await strangerContext.close();
  expect(stranger).toEqual(volunteer);
  expect(await signupOf(email)).toEqual([before]);

  // Staff see that new answers wait, and the answers as they were.
  const reviewer = await staff("reviewer");
  await signInAs(page, reviewer, `/admin/signups/${before!.id}`);
  await expect(page.locator('[data-notice="pending-proposal"]')).toContainText(
    "They wait for the volunteer to confirm them",
  );
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText("New answers sent; waiting for the volunteer to confirm");

  // The volunteer opens the link from their email, on a phone.
  const message = await emailTo(email, /\/volunteer\/confirm\//);
  expect(message.subject).toBe(
    "Confirm the new answers for your volunteer signup with New Mexico Immigrant Law Center",
  );
  const path = CONFIRM_LINK.exec(message.text ?? "")![1]!;
  const phone = await browser.newContext({ viewport: PHONE });
  const volunteerPage = await phone.newPage();
  const errors = collectPageErrors(volunteerPage);
  expect((await volunteerPage.goto(path))?.status()).toBe(200);
  await expect(volunteerPage.getByRole("heading", { level: 1 })).toHaveText("Your new answers");
  const city = volunteerPage.locator('[data-change="city"]');
  await expect(city).toContainText("Your answer now: Albuquerque");
  await expect(city).toContainText("Your new answer: Las Cruces");
  await expect(volunteerPage.locator('[data-change="hoursPerMonth"]')).toContainText("Your new answer: 25");
  await expect(volunteerPage.locator('[data-change="email"]')).toHaveCount(0);
  await expectNoAxeViolations(volunteerPage);
  // Opening the link changed nothing.
  expect(await signupOf(email)).toEqual([before]);

  await volunteerPage.getByRole("button", { name: "Use these answers" }).click();
  await expect(volunteerPage.getByRole("status")).toHaveText(
    "Your answers are updated. Thank you for keeping them current.",
  );
  expect(await signupOf(email)).toEqual([
    { ...before, city: "Las Cruces", hours: 25, submissions: 2, version: before!.version + 1 },
  ]);

  // The link works once.
  await volunteerPage.goto(path);
  await expect(volunteerPage.getByRole("status")).toContainText("This link was already used");
  expect(errors).toEqual([]);
  await phone.close();

  // The record shows the new answers, and the history says the volunteer confirmed them.
  await page.reload();
  await expect(page.locator('[data-notice="pending-proposal"]')).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Answers" })).toContainText("Las Cruces");
  const confirmed = history.locator('[data-event="updated"]');
  await expect(confirmed).toContainText("The volunteer confirmed the new answers");
  await expect(confirmed).toContainText("by the volunteer");
  await expect(confirmed.locator('[data-change="city"]')).toContainText("Las Cruces");
});

test.describe("in Spanish with JavaScript off", () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });

  test("the link from the Spanish form's email confirms the new answers; the page has no axe violations", async ({
    page,
    request,
  }) => {
    const email = uniqueEmail("propuesta").replace("example.org", "example.com");
    const spanishForm = async () =>
      (await openReadyForm(request, "attorney")).map(([name, value]): [string, string] => [
        name,
        name === "locale" ? "es" : value,
      ]);
    const fields = { ...sampleFields("attorney"), email };
    expect((await postForm(request, "attorney", await spanishForm(), fields)).headers().location).toBe(
      "/es/volunteer/thanks",
    );
    const again = await postForm(request, "attorney", await spanishForm(), { ...fields, city: "Taos" });
    expect(again.headers().location).toBe("/es/volunteer/thanks");
    const [before] = await signupOf(email);
    expect(before).toMatchObject({ city: "Albuquerque", submissions: 1 });

    const message = await emailTo(email, /\/es\/volunteer\/confirm\//);
    expect(message.subject).toBe(
      "Confirme las nuevas respuestas de su inscripción en el voluntariado de New Mexico Immigrant Law Center",
    );
    const path = CONFIRM_LINK.exec(message.text ?? "")![1]!;
    expect((await page.goto(path))?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(es.confirmAnswers.title);
    await expect(page.locator('[data-change="city"]')).toContainText("Taos");
    await expectNoAxeViolations(page);
    expect(await signupOf(email)).toEqual([before]);

    await page.getByRole("button", { name: es.confirmAnswers.button }).click();
    await expect(page.getByRole("status")).toHaveText(es.confirmAnswers.done);
    await expect(page).toHaveURL(new RegExp(`${path}\\?done=1$`));
    await expectNoAxeViolations(page);
    expect(await signupOf(email)).toEqual([
      { ...before, city: "Taos", submissions: 2, version: before!.version + 1 },
    ]);
  });

  test("an unknown link says so in Spanish and changes nothing", async ({ page }) => {
    expect((await page.goto(`/es/volunteer/confirm/${"x".repeat(43)}`))?.status()).toBe(200);
    await expect(page.getByRole("status")).toContainText("Este enlace no funciona");
    await expect(page.getByRole("button", { name: es.confirmAnswers.button })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
