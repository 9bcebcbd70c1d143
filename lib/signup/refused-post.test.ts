import { describe, expect, it } from "vitest";
import { answerRefusedPost, keptAnswers, RESTORE_PARAM } from "./refused-post";

const site = { url: "http://localhost:3000", secret: "k".repeat(32) };
const entries: [string, string][] = [
  ["$ACTION_ID_abc", ""],
  ["formToken", "secret-token"],
  ["firstName", "Ana"],
  ["languages.0.name", "Mam"],
];

describe("a refused form post", () => {
  it("from a page of this server under another name goes back to the form at SITE_URL, answers kept", () => {
    const answer = answerRefusedPost(
      { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000", path: "/volunteer/interpreter", entries },
      site,
    );
    expect(answer.kind).toBe("back_to_form");
    const location = new URL((answer as { location: string }).location);
    expect(location.origin + location.pathname).toBe("http://localhost:3000/volunteer/interpreter");
    expect(keptAnswers(location.searchParams.get(RESTORE_PARAM)!, site.secret)).toEqual({
      firstName: "Ana",
      languages: [{ name: "Mam" }],
    });
  });

  it("goes back to the form in the language it was posted from", () => {
    const answer = answerRefusedPost(
      { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000", path: "/es/volunteer/medical", entries },
      site,
    );
    const location = new URL((answer as { location: string }).location);
    expect(location.pathname).toBe("/es/volunteer/medical");
  });

  it("reads a JavaScript submission's numbered field names", () => {
    const fetchEntries: [string, string][] = [
      ["0", '[{"formToken":"secret-token"},"$K1"]'],
      ["_1_$ACTION_REF_1", ""],
      ["_1_firstName", "Ana"],
      ["_1_languages.0.name", "Mam"],
    ];
    const answer = answerRefusedPost(
      {
        origin: "http://127.0.0.1:3000",
        host: "127.0.0.1:3000",
        path: "/volunteer/medical",
        entries: fetchEntries,
      },
      site,
    ) as { location: string };
    const kept = new URL(answer.location).searchParams.get(RESTORE_PARAM)!;
    expect(keptAnswers(kept, site.secret)).toEqual({ firstName: "Ana", languages: [{ name: "Mam" }] });
  });

  it.each([
    ["another site", "https://evil.example", "localhost:3000", "/volunteer/attorney"],
    ["an opaque origin", "null", "localhost:3000", "/volunteer/attorney"],
    ["no origin", null, "localhost:3000", "/volunteer/attorney"],
    ["an unknown form", "http://127.0.0.1:3000", "127.0.0.1:3000", "/volunteer/nobody"],
  ])("from %s is refused, keeping nothing", (_, origin, host, path) => {
    expect(answerRefusedPost({ origin, host, path, entries }, site)).toEqual({ kind: "refused" });
  });
});
