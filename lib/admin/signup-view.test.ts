import { describe, expect, it } from "vitest";
import {
  decodeCursor,
  encodeCursor,
  isFiltered,
  parseSignupView,
  searchWords,
  signupViewQuery,
  toSearchParams,
  typeFilter,
  typeOptions,
  withoutCursor,
} from "./signup-view";

const parse = (query: string) => parseSignupView(new URLSearchParams(query));
const ID = "0b7e3c0e-5d2c-4c8e-9a51-1f2e3d4c5b6a";

describe("parsing a view from the URL", () => {
  it("reads every filter", () => {
    expect(
      parse(
        "role=attorney&status=contacted&language=%20Mam%20&type=defensive_asylum&setting=detention" +
          "&supervision=no&from=2026-01-01&to=2026-02-28&assignee=me&email=failed&q=%20Ana%20%20505%20&sort=oldest",
      ),
    ).toEqual({
      role: "attorney",
      status: "contacted",
      language: "mam",
      type: "defensive_asylum",
      setting: "detention",
      supervision: "no",
      from: "2026-01-01",
      to: "2026-02-28",
      assignee: "me",
      email: "failed",
      q: "Ana 505",
      sort: "oldest",
    });
  });

  it("defaults to the newest first, with nothing else", () => {
    expect(parse("")).toEqual({ sort: "newest" });
  });

  it.each([
    ["role=judge", {}],
    ["status=archived", {}],
    ["type=tax_law", {}],
    ["setting=moon", {}],
    ["supervision=maybe", {}],
    ["from=2026-02-30", {}],
    ["to=yesterday", {}],
    ["from=2026-1-1", {}],
    ["assignee=%3Cscript%3E", {}],
    ["assignee=" + "x".repeat(65), {}],
    ["email=sent", {}],
    ["q=%20%20%20", {}],
    ["q=" + "a".repeat(201), {}],
    ["language=" + "a".repeat(61), {}],
    ["sort=random", {}],
    ["cursor=not-a-cursor", {}],
    ["cursor=" + btoa("a|123|not-a-uuid"), {}],
  ])("drops %s instead of failing", (query, expected) => {
    expect(parse(query)).toEqual({ sort: "newest", ...expected });
  });

  it("keeps the valid values beside invalid ones, and the first of a repeated key", () => {
    expect(parse("role=judge&status=new&status=active&language=")).toEqual({ status: "new", sort: "newest" });
  });

  it("drops a case type of another role than the one chosen", () => {
    expect(parse("role=medical&type=defensive_asylum")).toEqual({ role: "medical", sort: "newest" });
    expect(parse("role=medical&type=psychological").type).toBe("psychological");
    expect(parse("type=consecutive").type).toBe("consecutive");
  });

  it("takes a page's searchParams record", () => {
    expect(
      parseSignupView(toSearchParams({ role: ["interpreter", "attorney"], q: "Mam", x: undefined })),
    ).toEqual({ role: "interpreter", q: "Mam", sort: "newest" });
  });
});

describe("case types and services", () => {
  it("come from each role's form", () => {
    expect(typeOptions("attorney")).toContain("sijs_children");
    expect(typeOptions("medical")).toEqual([
      "forensic_physical",
      "psychological",
      "psychiatric",
      "gynecological",
      "record_review",
      "testimony",
    ]);
    expect(typeOptions("interpreter")).toContain("sight_translation");
  });

  it("name their role and answer", () => {
    expect(typeFilter("vawa")).toEqual({ role: "attorney", question: "caseTypes" });
    expect(typeFilter("testimony")).toEqual({ role: "medical", question: "evaluationTypes" });
    expect(typeFilter("phone_video")).toEqual({ role: "interpreter", question: "services" });
    expect(typeFilter("remote")).toBeUndefined();
  });
});

describe("a view back to a query string", () => {
  it("round-trips, leaving out the default order", () => {
    const query =
      "?role=interpreter&status=new&language=k%27iche%27&type=consecutive&setting=remote&supervision=yes" +
      "&from=2026-03-01&to=2026-03-31&assignee=none&email=failed&q=Zo%C3%AB+Nu%C3%B1ez+%E6%9D%8E";
    const view = parse(query.slice(1));
    expect(view.q).toBe("Zoë Nuñez 李");
    expect(signupViewQuery(view)).toBe(query);
    expect(signupViewQuery({ sort: "newest" })).toBe("");
    expect(signupViewQuery({ sort: "oldest" })).toBe("?sort=oldest");
  });

  it("carries the page cursor, and drops it on request", () => {
    const cursor = { direction: "after" as const, createdAt: new Date("2026-11-28T06:00:00.123Z"), id: ID };
    const view = parse(`status=new${signupViewQuery({ sort: "newest", cursor }).replace("?", "&")}`);
    expect(view.cursor).toEqual(cursor);
    expect(signupViewQuery(withoutCursor(view))).toBe("?status=new");
  });

  it("knows when a view is filtered", () => {
    expect(isFiltered(parse("sort=oldest"))).toBe(false);
    expect(isFiltered(parse("q=ana"))).toBe(true);
    expect(isFiltered(parse("assignee=none"))).toBe(true);
  });
});

describe("cursors", () => {
  it("encode both directions, URL-safe, keeping the millisecond", () => {
    const before = { direction: "before" as const, createdAt: new Date("2020-02-29T23:59:59.999Z"), id: ID };
    const encoded = encodeCursor(before);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded)).toEqual(before);
  });

  it("refuse anything else", () => {
    expect(decodeCursor("%%%")).toBeUndefined();
    expect(decodeCursor(btoa(`c|1|${ID}`))).toBeUndefined();
    expect(decodeCursor(btoa(`a|99999999999999999|${ID}`))).toBeUndefined();
  });
});

describe("search words", () => {
  it("are the words of the search, each to match", () => {
    expect(searchWords("Ana  O'Connor 505")).toEqual(["Ana", "O'Connor", "505"]);
    expect(searchWords(undefined)).toEqual([]);
  });
});
