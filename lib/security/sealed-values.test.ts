import { describe, expect, it } from "vitest";
import { openSealedValues, sealValues } from "./sealed-values";

const SECRET = "s".repeat(32);
const values = { firstName: "Ana María", anythingElse: "Línea uno\nlínea dos", languages: [{ name: "Mam" }] };

describe("sealed form values", () => {
  it("open to the same values, and reveal nothing of them", () => {
    const sealed = sealValues(values, SECRET)!;
    expect(sealed).toMatch(/^[\w-]+$/);
    expect(sealed).not.toContain("Ana");
    expect(openSealedValues(sealed, SECRET)).toEqual(values);
  });

  it("refuse another key, a changed byte, and age past half an hour", () => {
    const now = Date.now();
    const sealed = sealValues(values, SECRET, now)!;
    expect(openSealedValues(sealed, "t".repeat(32), now)).toBeNull();
    const flipped = `${sealed.slice(0, 20)}${sealed[20] === "A" ? "B" : "A"}${sealed.slice(21)}`;
    expect(openSealedValues(flipped, SECRET, now)).toBeNull();
    expect(openSealedValues(sealed, SECRET, now + 31 * 60 * 1000)).toBeNull();
    expect(openSealedValues("not sealed", SECRET, now)).toBeNull();
  });

  it("carry a 2,000-character answer, and decline what would make a URL too long", () => {
    const long = { ...values, anythingElse: "Trabajo como intérprete de mam y español. ".repeat(48) };
    expect(openSealedValues(sealValues(long, SECRET)!, SECRET)).toEqual(long);
    const random = Array.from({ length: 8000 }, (_, i) =>
      String.fromCharCode(0x4e00 + ((i * 7919) % 20000)),
    ).join("");
    expect(sealValues({ anythingElse: random }, SECRET)).toBeNull();
  });
});
