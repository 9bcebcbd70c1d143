import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

/**
 * axe's findings for the page's address (its cookies too), and how wide it is. axe runs in the
 * page, so a page opened without JavaScript is checked in a twin that has it. Named: a test's
 * new context takes the file's options, javaScriptEnabled: false included.
 */
export async function axeScripted(page: Page): Promise<{ violations: string[]; width: number }> {
  const hasScript = await page
    .context()
    .browser()!
    .newContext({
      storageState: await page.context().storageState(),
      viewport: page.viewportSize(),
      javaScriptEnabled: true,
    });
  try {
    const checked = await hasScript.newPage();
    await checked.goto(page.url());
    const results = await new AxeBuilder({ page: checked }).withTags(AXE_TAGS).analyze();
    const width = await checked.evaluate(() => document.documentElement.scrollWidth);
    return {
      violations: results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`),
      width,
    };
  } finally {
    await hasScript.close();
  }
}
