import { describe, expect, it } from "vitest";
import { en } from "../messages/en";
import { es } from "../messages/es";
import { statusWords } from "./status-words";

describe("a signup's status in a volunteer's words", () => {
  it.each([
    ["new", "received", "recibida"],
    ["contacted", "we are in touch", "estamos en contacto"],
    ["onboarding", "we are in touch", "estamos en contacto"],
    ["active", "ready to take a case", "lista para tomar un caso"],
    ["inactive", "paused", "en pausa"],
    ["declined", "closed", "cerrada"],
  ])("%s reads “%s” and “%s”", (status, english, spanish) => {
    expect(statusWords(status, en.volunteerMe)).toBe(english);
    expect(statusWords(status, es.volunteerMe)).toBe(spanish);
  });
});
