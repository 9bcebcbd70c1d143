import { describe, expect, it } from "vitest";
import { crossSiteAnswer } from "./cross-site";

const RECORD = "/admin/signups/0b7e3c0e-5d2c-4c8e-9a51-1f2e3d4c5b6a";
const ask = (
  fetchSite: string | null,
  pathname = RECORD,
  method = "GET",
  fetchMode: string | null = "navigate",
) => crossSiteAnswer({ method, pathname, fetchSite, fetchMode }).kind;

describe("a staff request another site started", () => {
  it("passes from the staff area itself, typed or bookmarked, or with no such header", () => {
    for (const site of ["same-origin", "none", "Same-Origin", null]) {
      expect(ask(site), String(site)).toBe("pass");
      expect(ask(site, "/admin/signups/export"), String(site)).toBe("pass");
      expect(ask(site, RECORD, "POST", "cors"), String(site)).toBe("pass");
    }
  });

  it("opens a page only after a click in the staff area, when it came from another site or a sibling", () => {
    for (const site of ["cross-site", "same-site"]) {
      expect(ask(site)).toBe("confirm");
      expect(ask(site, "/admin/signups", "HEAD")).toBe("confirm");
      expect(ask(site, "/admin/a-page-added-later/")).toBe("confirm");
    }
  });

  it("refuses a download, and anything that is not a page opened, from another site", () => {
    expect(ask("cross-site", "/admin/signups/export")).toBe("refuse");
    expect(ask("cross-site", "/admin/signups/export/")).toBe("refuse");
    expect(ask("same-site", "/admin/signups/export", "GET", "no-cors")).toBe("refuse");
    expect(ask("cross-site", RECORD, "GET", "no-cors")).toBe("refuse");
    expect(ask("cross-site", RECORD, "GET", null)).toBe("refuse");
    expect(ask("cross-site", RECORD, "POST", "navigate")).toBe("refuse");
    expect(ask("something-new")).toBe("confirm");
  });

  it("leaves the sign-in pages that staff emails link to as they are", () => {
    for (const path of ["/admin/login", "/admin/set-password", "/admin/reset-password"]) {
      expect(ask("cross-site", path), path).toBe("pass");
    }
  });
});
