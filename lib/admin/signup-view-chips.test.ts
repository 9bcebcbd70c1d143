import { describe, expect, it } from "vitest";
import { en } from "../messages/en";
import { filterChips } from "./signup-view-chips";
import { parseSignupView } from "./signup-view";

const view = (query: string) => parseSignupView(new URLSearchParams(query));
const STAFF = [{ id: "u_ana", name: "Ana Ruiz" }];

describe("filterChips", () => {
  it("names each filter on, and links to the view without it, keeping the search and order", () => {
    expect(
      filterChips(
        view("q=ana&sort=name&role=attorney&language=K%E2%80%99iche%E2%80%99&from=2026-03-01"),
        en,
        STAFF,
      ),
    ).toEqual([
      {
        key: "role",
        label: "Role: Attorney",
        href: "/admin/signups?language=kiche&from=2026-03-01&q=ana&sort=name",
      },
      {
        key: "language",
        label: "Language: kiche",
        href: "/admin/signups?role=attorney&from=2026-03-01&q=ana&sort=name",
      },
      {
        key: "from",
        label: "Signed up from: Mar 1, 2026",
        href: "/admin/signups?role=attorney&language=kiche&q=ana&sort=name",
      },
    ]);
  });

  it("words the choices as the filters do, and drops the page", () => {
    const cursor = "YXwwfDF8MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw";
    expect(
      filterChips(view(`type=vawa&assignee=u_ana&email=failed&followUp=due&cursor=${cursor}`), en, STAFF).map(
        (chip) => [chip.label, chip.href],
      ),
    ).toEqual([
      ["Case type or service: VAWA", "/admin/signups?assignee=u_ana&email=failed&followUp=due"],
      ["Assignee: Ana Ruiz", "/admin/signups?type=vawa&email=failed&followUp=due"],
      ["Emails: An email failed", "/admin/signups?type=vawa&assignee=u_ana&followUp=due"],
      ["Follow-up: Due today or overdue", "/admin/signups?type=vawa&assignee=u_ana&email=failed"],
    ]);
  });

  it("names readiness and a missing step with its role", () => {
    expect(
      filterChips(view("readiness=expiring&missingStep=languagePairAssessed"), en, STAFF).map((chip) => [
        chip.label,
        chip.href,
      ]),
    ).toEqual([
      ["Readiness: A step expires in the next 30 days", "/admin/signups?missingStep=languagePairAssessed"],
      [
        "Step not done: Translator/interpreter: Language pair assessed: any pair",
        "/admin/signups?readiness=expiring",
      ],
    ]);
  });

  it("has none for the default view", () => {
    expect(filterChips(view("q=ana&sort=oldest"), en, STAFF)).toEqual([]);
  });
});
