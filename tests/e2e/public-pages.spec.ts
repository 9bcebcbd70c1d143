import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { collectPageErrors } from "./support/console-errors";
import { PUBLIC_PAGES, TESTIMONIAL_PATHS } from "./support/public-routes";

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

/** Axe once per page template: the first testimonial stands for the others. */
const AXE_PATHS = PUBLIC_PAGES.filter((path) => !TESTIMONIAL_PATHS.slice(1).includes(path));

for (const path of PUBLIC_PAGES) {
  const withAxe = AXE_PATHS.includes(path);
  test(`${path} answers 200${withAxe ? ", has no axe violations" : ""} and no console errors`, async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    if (withAxe) {
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual(
        [],
      );
    }
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
  });
}

test("a missing page answers 404 with a helpful page and no axe violations", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
  await expect(page.getByRole("main").getByRole("link", { name: "Volunteer voices" })).toHaveAttribute(
    "href",
    "/voices",
  );
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const path of PUBLIC_PAGES) {
    test(`${path} shows its content`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("contentinfo")).toBeVisible();
    });
  }
});

test("public pages can be cached by a CDN, with revalidation", async ({ request }) => {
  for (const path of ["/", "/voices", "/voices/paul-cash"]) {
    const response = await request.get(path);
    expect(response.headers()["cache-control"], path).toMatch(/s-maxage=\d+, stale-while-revalidate/);
  }
});
