import { describe, expect, it } from "vitest";
import { plural } from "./plural";

const notes = { one: "1 note", other: "{count} notes" };
const notas = { one: "1 nota", other: "{count} notas" };

describe("plural", () => {
  it("picks English's forms for 0, 1 and 2", () => {
    expect([0, 1, 2].map((n) => plural("en", notes, n))).toEqual(["0 notes", "1 note", "2 notes"]);
  });

  it("picks Spanish's forms for 0, 1 and 2", () => {
    expect([0, 1, 2].map((n) => plural("es", notas, n))).toEqual(["0 notas", "1 nota", "2 notas"]);
  });

  it("reads Spanish's `many` (a round million) as `other`", () => {
    expect(plural("es", notas, 1_000_000)).toBe("1.000.000 notas");
  });

  it("writes the number as the language does and fills the other placeholders", () => {
    expect(plural("en", { one: "{who}: 1 left", other: "{who}: {count} left" }, 12345, { who: "Ana" })).toBe(
      "Ana: 12,345 left",
    );
    expect(plural("es", notas, 12345)).toBe("12.345 notas");
  });
});
