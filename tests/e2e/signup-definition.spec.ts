import { expect, test, type Page } from "@playwright/test";
import { SIGNUP_FORMS, signupForm } from "../../lib/signup/forms";
import { htmlConstraints } from "../../lib/signup/html-constraints";
import { OPTION_SETS, ROLES } from "../../lib/signup/options";
import { walkQuestions } from "../../lib/signup/question-walk";
import { sampleFields, type FormFields } from "../support/signup-samples";
import { fillSignupForm } from "./support/fill-signup-form";
import { ageFormToken, openForm, postForm } from "./support/form-post";
import { query } from "./support/runtime";

// The forms as their definitions describe them: constraints, caps, and the bugs a new user
// found (an interpreter without English, a pasted long answer).

async function send(page: Page) {
  await ageFormToken(page);
  await page.getByRole("button", { name: "Send my signup" }).click();
}

for (const role of ROLES) {
  test(`every input of the ${role} form carries exactly the constraints its definition derives`, async ({
    page,
  }) => {
    await page.goto(`/volunteer/${role}`);
    await page.waitForLoadState("networkidle");
    for (const { path, question, isRequired } of walkQuestions(signupForm(role))) {
      const inputs = page.locator(`[name="${path}"]`);
      if ("options" in question) {
        const values = OPTION_SETS[question.options];
        const shown =
          question.kind === "choice" && question.display === "select"
            ? await inputs
                .locator("option")
                .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean))
            : await inputs.evaluateAll((list) => list.map((input) => (input as HTMLInputElement).value));
        expect(shown, path).toEqual([...values]);
        continue;
      }
      if (question.kind === "checkbox" || question.kind === "group") {
        await expect(inputs, path).toHaveCount(1);
        continue;
      }
      const attributes = await inputs.evaluate((input) =>
        Object.fromEntries(
          ["type", "required", "maxlength", "inputmode", "autocomplete", "min", "max"].map((name) => [
            name,
            input.getAttribute(name),
          ]),
        ),
      );
      const expected = htmlConstraints(question, isRequired);
      expect(attributes, path).toEqual({
        type: expected.type ?? null,
        required: expected.required ? "" : null,
        maxlength: expected.maxLength === undefined ? null : String(expected.maxLength),
        inputmode: expected.inputMode ?? null,
        autocomplete: expected.autoComplete ?? null,
        min: null,
        max: null,
      });
    }
  });
}

const MAM_SPANISH: FormFields = {
  ...Object.fromEntries(
    Object.entries(sampleFields("interpreter")).filter(([k]) => !/^(languages|pairs)\./.test(k)),
  ),
  "languages.0.name": "Mam",
  "languages.0.dialect": "Todos Santos Cuchumatán",
  "languages.0.spoken": "native",
  "languages.0.written": "basic",
  "languages.1.name": "Spanish",
  "languages.1.spoken": "fluent",
  "languages.1.written": "fluent",
  "pairs.0.languageA": "Mam",
  "pairs.0.languageB": "Spanish",
  "pairs.0.directions": ["a_to_b", "b_to_a"],
};

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });
    const mode = javaScriptEnabled ? "js" : "nojs";

    test("an interpreter between Mam and Spanish, with no English, signs up truthfully", async ({ page }) => {
      const email = `mam.${mode}@example.com`;
      await page.goto("/volunteer/interpreter");
      await fillSignupForm(page, { ...MAM_SPANISH, email });
      await send(page);
      await expect(page).toHaveURL(/\/volunteer\/thanks$/);
      const [row] = await query<{ languages: string[]; answers: { pairs: unknown } }>(
        "SELECT languages, answers FROM signups WHERE email = $1",
        [email],
      );
      expect(row!.languages).toEqual(["mam", "spanish"]);
      expect(row!.answers.pairs).toEqual([
        { languageA: "Mam", languageB: "Spanish", directions: ["a_to_b", "b_to_a"] },
      ]);
    });

    test("“Add another” stops at the cap, says why, and a form at the cap is accepted", async ({ page }) => {
      test.setTimeout(120_000);
      const email = `cap.${mode}@example.com`;
      await page.goto("/volunteer/attorney");
      const max = SIGNUP_FORMS.attorney.questions.barAdmissions.max;
      const rows: FormFields = {};
      for (let i = 0; i < max; i++) {
        rows[`barAdmissions.${i}.jurisdiction`] = `State ${i}`;
        rows[`barAdmissions.${i}.barNumber`] = `B-${i}`;
        rows[`barAdmissions.${i}.year`] = String(2000 + i);
      }
      await fillSignupForm(page, { ...sampleFields("attorney"), ...rows, email });
      await expect(page.locator('[data-row^="barAdmissions-"]')).toHaveCount(max);
      await expect(page.locator('button[value="add:barAdmissions"]')).toHaveCount(0);
      await expect(page.locator("#field-barAdmissions")).toContainText(
        `You have added as many as this form takes (${max}).`,
      );
      await send(page);
      await expect(page).toHaveURL(/\/volunteer\/thanks$/);
      const [row] = await query<{ answers: { barAdmissions: unknown[] } }>(
        "SELECT answers FROM signups WHERE email = $1",
        [email],
      );
      expect(row!.answers.barAdmissions).toHaveLength(max);
    });

    test("a pasted 5,000-character answer shows the count and the error, and keeps every character", async ({
      page,
    }) => {
      const long = "Puedo ayudar los fines de semana. ".repeat(150).slice(0, 5000);
      await page.goto("/volunteer/medical");
      await fillSignupForm(page, { ...sampleFields("medical"), email: `long.${mode}@example.com` });
      const box = page.getByLabel("Anything else you would like us to know");
      await box.fill(long);
      if (javaScriptEnabled)
        await expect(page.locator("#field-anythingElse-count")).toHaveText(
          "You have 3,000 characters too many.",
        );
      else
        await expect(page.locator("#field-anythingElse-count")).toHaveText(
          "You can enter up to 2,000 characters.",
        );
      await send(page);
      await expect(page.locator("#field-anythingElse-error")).toHaveText("Use at most 2,000 characters.");
      await expect(page.getByLabel("Anything else you would like us to know")).toHaveValue(long);
      expect(
        await query("SELECT 1 FROM signups WHERE email = $1", [`long.${mode}@example.com`]),
      ).toHaveLength(0);
    });

    test("a form posted from another host name of the site comes back at SITE_URL with every answer", async ({
      page,
      baseURL,
    }) => {
      const other = baseURL!.replace("//localhost:", "//127.0.0.1:");
      // A page opened there before the redirect existed (or from a cache): served as it was.
      await page.route(`${other}/volunteer/attorney`, async (route) =>
        route.request().method() === "GET"
          ? route.fulfill({ response: await route.fetch({ url: `${baseURL}/volunteer/attorney` }) })
          : route.continue(),
      );
      const email = `other.host.${mode}@example.com`;
      await page.goto(`${other}/volunteer/attorney`);
      expect(new URL(page.url()).host).toBe(new URL(other).host);
      const fields = { ...sampleFields("attorney"), email, anythingElse: "Sí, los sábados.\nY en línea." };
      await fillSignupForm(page, fields);
      await send(page);

      await expect(page).toHaveURL(new RegExp(`^${baseURL}/volunteer/attorney\\?kept=`));
      // Hydration would put back the page's own token over the one send() ages.
      await page.waitForLoadState("networkidle");
      await expect(page.locator("#form-message")).toContainText("We kept your answers below");
      await expect(page.getByLabel("Email")).toHaveValue(email);
      await expect(page.getByLabel("Anything else you would like us to know")).toHaveValue(
        fields.anythingElse,
      );
      await expect(page.locator('[name="caseTypes"][value="sijs_children"]')).toBeChecked();
      expect(await query("SELECT 1 FROM signups WHERE email = $1", [email])).toHaveLength(0);
      // Consents are asked again; everything else is as it was.
      await page.locator('[name="consentContact"]').check();
      await page.locator('[name="consentPrivacy"]').check();
      await send(page);
      await expect(page).toHaveURL(/\/volunteer\/thanks$/);
      expect(await query("SELECT 1 FROM signups WHERE email = $1", [email])).toHaveLength(1);
    });
  });
}

test("a page on another host name redirects to SITE_URL's before any form is served", async ({
  page,
  baseURL,
}) => {
  const other = baseURL!.replace("//localhost:", "//127.0.0.1:");
  const response = await page.goto(`${other}/volunteer/interpreter?from=share`);
  expect(page.url()).toBe(`${baseURL}/volunteer/interpreter?from=share`);
  expect(response?.status()).toBe(200);
  expect(response?.request().redirectedFrom()?.url()).toBe(`${other}/volunteer/interpreter?from=share`);
  const health = await page.request.get(`${other}/api/health`, { maxRedirects: 0 });
  expect(health.status()).toBe(200);
});

test("a post with one row over the cap is refused with an error on the group", async ({ request }) => {
  const form = await openForm(request, "attorney");
  const max = SIGNUP_FORMS.attorney.questions.languages.max;
  const rows = Array.from({ length: max + 1 }, (_, i) => [
    [`languages.${i}.name`, `Language ${i}`],
    [`languages.${i}.proficiency`, "basic"],
  ]).flat() as [string, string][];
  const base = Object.entries(sampleFields("attorney")).filter(([k]) => !k.startsWith("languages."));
  const entries = [
    ...base.flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]])),
    ...rows,
  ];
  const response = await postForm(request, "attorney", form, [
    ...entries,
    ["email", "over.cap@example.com"],
  ] as [string, string][]);
  expect(response.status()).toBe(200);
  const body = await response.text();
  expect(body).toContain(`id="field-languages-error"`);
  expect(body).toContain(`Please list at most ${max}.`);
  // Every row sent is shown again: nothing was dropped.
  expect(body).toContain(`data-row="languages-${max}"`);
});
