import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeCursor,
  encodeCursor,
  isFiltered,
  parseSignupView,
  recordHref,
  searchWords,
  signupViewQuery,
  toSearchParams,
  typeFilter,
  typeOptions,
  withoutCursor,
} from "./signup-view";

const LONE_SURROGATE_OR_CONTROL =
  /[\u0000-\u001f\u007f-\u009f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
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

  it("reads readiness and a missing step, and drops a step of another role than the one chosen", () => {
    expect(parse("readiness=stalled&missingStep=eoirRegistration")).toEqual({
      readiness: "stalled",
      missingStep: "eoirRegistration",
      sort: "newest",
    });
    expect(parse("role=medical&missingStep=eoirRegistration")).toEqual({ role: "medical", sort: "newest" });
    expect(parse("role=medical&missingStep=licenceVerified").missingStep).toBe("licenceVerified");
    expect(parse("readiness=almost&missingStep=noSuchStep")).toEqual({ sort: "newest" });
    expect(signupViewQuery(parse("missingStep=conflictCheck&readiness=ready&role=attorney"))).toBe(
      "?role=attorney&readiness=ready&missingStep=conflictCheck",
    );
  });

  it("takes a page's searchParams record", () => {
    expect(
      parseSignupView(toSearchParams({ role: ["interpreter", "attorney"], q: "Mam", x: undefined })),
    ).toEqual({ role: "interpreter", q: "Mam", sort: "newest" });
  });
});

describe("hostile values in the URL", () => {
  it.each([
    ["q=%00", {}],
    ["q=a%00b", { q: "ab" }],
    ["q=Ana%09O%27Connor%0D%0A505", { q: "Ana O'Connor 505" }],
    ["q=%01%1F%7F%C2%80%C2%9FAna", { q: "Ana" }],
    ["q=Ana%ED%A0%80", { q: "Ana\uFFFD\uFFFD\uFFFD" }],
    ["language=%00Mam", { language: "mam" }],
    ["q=%zz%", { q: "%zz%" }],
    ["from=9999-99-99", {}],
    ["to=9999-99-99", {}],
    ["from=0000-01-01", {}],
    ["to=9999-12-31", {}],
    ["from=-000001-01-01", {}],
    ["from=%2B275760-09-13", {}],
    ["from=2026-01-01%00", { from: "2026-01-01" }],
    ["from=0001-01-01&to=9999-12-30", { from: "0001-01-01", to: "9999-12-30" }],
    ["cursor=" + btoa(`a|999999999999999|${ID}`), {}],
    ["cursor=" + btoa(`a|253402300800000|${ID}`), {}],
    ["cursor=-1", {}],
    ["cursor=%00", {}],
  ])("%s is read as %j", (query, expected) => {
    expect(parse(query)).toEqual({ sort: "newest", ...expected });
  });

  it("reads a lone surrogate (a page's searchParams can carry one) as U+FFFD", () => {
    expect(parseSignupView(toSearchParams({ q: "Ana\uD800", language: "\uDC00mam" }))).toEqual({
      q: "Ana\uFFFD",
      language: "mam",
      sort: "newest",
    });
  });

  it("reads any query string without failing, into values the database takes", () => {
    const bytes = fc
      .uint8Array({ maxLength: 16 })
      .map((list) => [...list].map((b) => `%${b.toString(16).padStart(2, "0")}`).join(""));
    const key = fc.constantFrom(
      "role",
      "status",
      "language",
      "type",
      "from",
      "to",
      "assignee",
      "q",
      "cursor",
    );
    const value = fc.oneof(bytes, fc.string({ unit: "binary", maxLength: 30 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), (pairs) => {
        const params = new URLSearchParams();
        for (const [k, v] of pairs) params.append(k, v);
        const fromBytes = parseSignupView(new URLSearchParams(pairs.map(([k, v]) => `${k}=${v}`).join("&")));
        const record = Object.fromEntries(pairs);
        for (const view of [parseSignupView(params), fromBytes, parseSignupView(toSearchParams(record))]) {
          for (const text of Object.values(view))
            if (typeof text === "string") expect(text).not.toMatch(LONE_SURROGATE_OR_CONTROL);
          for (const day of [view.from, view.to])
            if (day) expect(day >= "0001-01-01" && day <= "9999-12-30").toBe(true);
          if (view.cursor?.key instanceof Date) expect(view.cursor.key.getUTCFullYear()).toBeLessThan(10000);
        }
      }),
      { numRuns: 500 },
    );
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
      "?role=interpreter&status=new&language=kiche&type=consecutive&setting=remote&supervision=yes" +
      "&from=2026-03-01&to=2026-03-31&assignee=none&email=failed&q=Zo%C3%AB+Nu%C3%B1ez+%E6%9D%8E";
    const view = parse(query.slice(1));
    expect(view.q).toBe("Zoë Nuñez 李");
    expect(signupViewQuery(view)).toBe(query);
    expect(signupViewQuery({ sort: "newest" })).toBe("");
    expect(signupViewQuery({ sort: "oldest" })).toBe("?sort=oldest");
  });

  it("carries the page cursor, and drops it on request", () => {
    const cursor = {
      direction: "after" as const,
      key: new Date("2026-11-28T06:00:00.123Z"),
      id: ID,
      index: 49,
    };
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
  it("encode both directions, URL-safe, keeping the millisecond and the position", () => {
    const before = {
      direction: "before" as const,
      key: new Date("2020-02-29T23:59:59.999Z"),
      id: ID,
      index: 50,
    };
    const encoded = encodeCursor(before);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded, "newest")).toEqual(before);
    expect(decodeCursor(encoded, "waiting")).toEqual(before);
  });

  it("carry a name for the order by name, in any script", () => {
    const after = { direction: "after" as const, key: "zoë nuñez 李 | o'hara", id: ID, index: 99 };
    const encoded = encodeCursor(after);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded, "name")).toEqual(after);
    expect(parse(`sort=name&cursor=${encoded}`).cursor).toEqual(after);
  });

  it("belong to their order: a time is no name's cursor, a name no time's", () => {
    const time = encodeCursor({ direction: "after", key: new Date(1_000), id: ID, index: 0 });
    expect(decodeCursor(time, "name")).toEqual({ direction: "after", key: "1000", id: ID, index: 0 });
    expect(
      decodeCursor(encodeCursor({ direction: "after", key: "ana", id: ID, index: 0 }), "newest"),
    ).toBeUndefined();
    expect(
      parse(`sort=oldest&cursor=${encodeCursor({ direction: "after", key: "ana", id: ID, index: 0 })}`),
    ).toEqual({
      sort: "oldest",
    });
  });

  it("refuse anything else", () => {
    expect(decodeCursor("%%%", "newest")).toBeUndefined();
    expect(decodeCursor(btoa(`c|0|1|${ID}`), "newest")).toBeUndefined();
    expect(decodeCursor(btoa(`a|0|99999999999999999|${ID}`), "newest")).toBeUndefined();
    expect(decodeCursor(btoa(`a|1|${ID}`), "newest")).toBeUndefined();
    expect(decodeCursor(btoa(`a|0|1|not-an-id`), "newest")).toBeUndefined();
  });
});

describe("language", () => {
  it.each([
    ["K%E2%80%99iche%E2%80%99", "kiche"],
    ["k'iche'", "kiche"],
    ["KICHE", "kiche"],
    ["%20Espa%C3%B1ol%20", "espanol"],
    ["Mam%20(Todos%20Santos)", "mam todos santos"],
  ])("%s is the key %s", (value, key) => {
    expect(parse(`language=${value}`).language).toBe(key);
  });

  it("is dropped when nothing is left of it", () => {
    expect(parse("language=%E2%80%99%27")).toEqual({ sort: "newest" });
  });
});

describe("orders", () => {
  it("are newest (the default, left out of the URL), oldest, waiting and name", () => {
    expect(parse("sort=waiting").sort).toBe("waiting");
    expect(parse("sort=name").sort).toBe("name");
    expect(parse("sort=random").sort).toBe("newest");
    expect(signupViewQuery({ sort: "waiting" })).toBe("?sort=waiting");
  });
});

describe("search words", () => {
  it("are the words of the search, each to match", () => {
    expect(searchWords("Ana  O'Connor 505")).toEqual(["Ana", "O'Connor", "505"]);
    expect(searchWords(undefined)).toEqual([]);
  });
});

describe("a record opened from a list view", () => {
  it("carries the view's query as one encoded `from`, which reads back as the same view", () => {
    const id = "0b5e8c1e-2f7a-4f3e-9a63-0a4f1c2d3e4f";
    const query = signupViewQuery(
      parseSignupView(new URLSearchParams("q=Ana Pérez&role=attorney&sort=oldest")),
    );
    expect(query).toBe("?role=attorney&q=Ana+P%C3%A9rez&sort=oldest");
    const href = recordHref(id, query.slice(1));
    expect(href).toBe(`/admin/signups/${id}?from=role%3Dattorney%26q%3DAna%2BP%25C3%25A9rez%26sort%3Doldest`);
    const from = new URL(href, "https://example.org").searchParams.get("from")!;
    expect(parseSignupView(new URLSearchParams(from))).toEqual({
      role: "attorney",
      q: "Ana Pérez",
      sort: "oldest",
    });
    expect(recordHref(id, "")).toBe(`/admin/signups/${id}?from=`);
  });
});
