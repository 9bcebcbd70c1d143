import { describe, expect, it } from "vitest";
import { createFormToken } from "../security/form-token";
import { answerRefusedPost, isOurOtherName, keptForm, RESTORE_PARAM } from "./refused-post";

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
      { origin: "http://127.0.0.1:3000", path: "/volunteer/interpreter", entries },
      site,
    );
    expect(answer.kind).toBe("back_to_form");
    const location = new URL((answer as { location: string }).location);
    expect(location.origin + location.pathname).toBe("http://localhost:3000/volunteer/interpreter");
    expect(keptForm(location.searchParams.get(RESTORE_PARAM)!, site.secret)).toEqual({
      values: { firstName: "Ana", languages: [{ name: "Mam" }] },
      servedAt: null,
    });
  });

  it("keeps where the visit came from (the form's hidden fields), so the signup still records it", () => {
    const withOrigin: [string, string][] = [
      ...entries,
      ["cameFromPage", "/voices/paul-cash"],
      ["cameFromSource", "whatsapp"],
      ["cameFromCampaign", ""],
    ];
    const answer = answerRefusedPost(
      { origin: "http://127.0.0.1:3000", path: "/volunteer/interpreter", entries: withOrigin },
      site,
    );
    const location = new URL((answer as { location: string }).location);
    expect(keptForm(location.searchParams.get(RESTORE_PARAM)!, site.secret)?.values).toMatchObject({
      cameFromPage: "/voices/paul-cash",
      cameFromSource: "whatsapp",
      cameFromCampaign: "",
    });
  });

  it("goes back to the form in the language it was posted from", () => {
    const answer = answerRefusedPost(
      { origin: "http://127.0.0.1:3000", path: "/es/volunteer/medical", entries },
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
        path: "/volunteer/medical",
        entries: fetchEntries,
      },
      site,
    ) as { location: string };
    const kept = new URL(answer.location).searchParams.get(RESTORE_PARAM)!;
    expect(keptForm(kept, site.secret)?.values).toEqual({ firstName: "Ana", languages: [{ name: "Mam" }] });
  });

  it("carries when a genuine form was served, so the person is not taken for a bot back at SITE_URL", () => {
    const servedAt = Date.now() - 90_000;
    const withToken = entries.map(([key, value]): [string, string] =>
      key === "formToken" ? [key, createFormToken(site.secret, servedAt)] : [key, value],
    );
    const answer = answerRefusedPost(
      { origin: "http://127.0.0.1:3000", path: "/volunteer/interpreter", entries: withToken },
      site,
    ) as { location: string };
    const kept = keptForm(new URL(answer.location).searchParams.get(RESTORE_PARAM)!, site.secret);
    expect(kept?.servedAt).toBe(servedAt);
    expect(kept?.values).not.toHaveProperty("formToken");
  });

  it.each([
    ["another site", "https://evil.example", "/volunteer/attorney"],
    ["an opaque origin", "null", "/volunteer/attorney"],
    ["no origin", null, "/volunteer/attorney"],
    ["an unknown form", "http://127.0.0.1:3000", "/volunteer/nobody"],
  ])("from %s is refused, keeping nothing", (_, origin, path) => {
    expect(answerRefusedPost({ origin, path, entries }, site)).toEqual({ kind: "refused" });
  });
});

describe("a page of this site under another name", () => {
  const SITE = "https://volunteer.example.org";

  it.each([
    "http://volunteer.example.org",
    "https://www.volunteer.example.org",
    "https://WWW.Volunteer.Example.org:8443",
    "http://localhost:3000",
    "http://127.0.0.1:3000",
    "http://127.8.9.10",
    "http://[::1]:3000",
  ])("%s is one", (origin) => {
    expect(isOurOtherName(origin, SITE)).toBe(true);
  });

  it("is the same with SITE_URL at www.", () => {
    expect(isOurOtherName("https://volunteer.example.org", "https://www.volunteer.example.org")).toBe(true);
  });

  it.each([
    // What the request's Host said never mattered: an attacker writes both headers.
    "https://evil.example",
    "https://volunteer.example.org.evil.example",
    "https://evilvolunteer.example.org",
    "https://x.volunteer.example.org",
    "https://www.www.volunteer.example.org",
    "http://203.0.113.9",
    "http://[2001:db8::1]",
    "http://128.0.0.1",
    "ftp://volunteer.example.org",
    "null",
    "not a url",
    null,
  ])("%s is not", (origin) => {
    expect(isOurOtherName(origin, SITE)).toBe(false);
  });
});
