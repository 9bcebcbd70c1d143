import { expect, test } from "@playwright/test";
import { collectPageErrors } from "./support/console-errors";

test("the home page loads with its layout and no console errors", async ({ page }) => {
  const errors = collectPageErrors(page);
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Pro Bono work makes an enormous impact",
  );
  await expect(page.getByRole("banner")).toContainText("New Mexico Immigrant Law Center");
  await expect(page.getByRole("contentinfo")).toBeVisible();

  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Skip to main content" });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeVisible();

  await page.waitForLoadState("networkidle");
  expect(errors).toEqual([]);
});

test("the health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ db: "ok" });
});
