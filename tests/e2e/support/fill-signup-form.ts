import type { Page } from "@playwright/test";
import type { FormFields } from "../../support/signup-samples";

/** Fills a signup form the way a person would, adding rows with "Add another" as needed. */
export async function fillSignupForm(page: Page, fields: FormFields) {
  for (const [name, value] of Object.entries(fields)) {
    const row = /^(\w+)\.(\d+)\./.exec(name);
    if (row) {
      const [, group, index] = row as unknown as [string, string, string];
      while ((await page.locator(`[data-row="${group}-${index}"]`).count()) === 0) {
        await Promise.all([page.waitForLoadState(), page.locator(`button[value="add:${group}"]`).click()]);
        await page.locator(`[data-row="${group}-${index}"]`).waitFor();
      }
    }
    const inputs = page.locator(`[name="${name}"]`);
    const first = inputs.first();
    const tag = await first.evaluate((el) => el.tagName.toLowerCase());
    const type = await first.getAttribute("type");
    if (tag === "select") await first.selectOption(String(value));
    else if (type === "checkbox" || type === "radio") {
      for (const v of Array.isArray(value) ? value : [value]) {
        const target = (await inputs.count()) === 1 ? first : page.locator(`[name="${name}"][value="${v}"]`);
        await target.check();
      }
    } else await first.fill(String(value));
  }
}
