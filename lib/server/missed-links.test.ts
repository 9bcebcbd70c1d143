import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROLES } from "../signup/options";
import {
  isMissedLink,
  NOT_FOUND_PAGE_PATH,
  VOLUNTEER_STATIC_PAGES,
  type MissedLinkRules,
} from "./missed-links";

const rules: MissedLinkRules = {
  testimonialSlugs: new Set(["diya-kallivayalil", "paul-cash"]),
  volunteerPages: new Set([...ROLES, ...VOLUNTEER_STATIC_PAGES]),
};

describe("isMissedLink", () => {
  it("tells a testimonial that was never published, in any case", () => {
    expect(isMissedLink("/voices/no-such-person", rules)).toBe(true);
    expect(isMissedLink("/voices/Nobody", rules)).toBe(true);
  });

  it("lets a published testimonial through, capitals too (Next.js redirects them to the one address)", () => {
    expect(isMissedLink("/voices/paul-cash", rules)).toBe(false);
    expect(isMissedLink("/voices/Diya-Kallivayalil", rules)).toBe(false);
  });

  it("lets every slug through while the list is unknown", () => {
    expect(isMissedLink("/voices/no-such-person", { ...rules, testimonialSlugs: undefined })).toBe(false);
  });

  it("tells a form that is not one, and lets the forms and the pages beside them through", () => {
    expect(isMissedLink("/volunteer/nobody", rules)).toBe(true);
    expect(isMissedLink("/volunteer/confirm", rules)).toBe(true);
    expect(isMissedLink("/volunteer/Attorney", rules)).toBe(true);
    for (const page of ["attorney", "medical", "interpreter", "me", "thanks"])
      expect(isMissedLink(`/volunteer/${page}`, rules), page).toBe(false);
  });

  it("leaves list pages, deeper paths and every other page to Next.js", () => {
    for (const path of [
      "/",
      "/voices",
      "/volunteer",
      "/privacy",
      "/voices/no-such-person/opengraph-image/card",
      "/volunteer/me/signups/123",
      "/volunteer/confirm/some-token",
      "/no-such-page",
    ])
      expect(isMissedLink(path, rules), path).toBe(false);
  });

  it("answers the not-found page's own address as a miss: it never answers 200", () => {
    expect(isMissedLink(NOT_FOUND_PAGE_PATH, rules)).toBe(true);
  });
});

describe("VOLUNTEER_STATIC_PAGES", () => {
  it("names every page beside the forms in app/[lang]/volunteer, so none is ever told missing", () => {
    const folder = path.join(process.cwd(), "app", "[lang]", "volunteer");
    const pages = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith("["))
      .filter((entry) => existsSync(path.join(folder, entry.name, "page.tsx")))
      .map((entry) => entry.name)
      .sort();
    expect(pages).toEqual([...VOLUNTEER_STATIC_PAGES].sort());
  });
});
