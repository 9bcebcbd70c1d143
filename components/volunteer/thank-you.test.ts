import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ThankYou } from "./thank-you";

const page = (locale: string, promiseDays: number) =>
  renderToStaticMarkup(createElement(ThankYou, { locale, orgEmail: "probono@example.org", promiseDays }));

describe("the thank-you page", () => {
  it("promises the configured reply in the signup's language", () => {
    expect(page("en", 14)).toContain("will write to you within two weeks to talk about how you can help.");
    expect(page("es", 14)).toContain(
      "le escribirá en un plazo de dos semanas para hablar de cómo puede ayudar.",
    );
    expect(page("en", 7)).toContain("will write to you within one week to talk");
    expect(page("es", 7)).toContain("le escribirá en un plazo de una semana para hablar");
    expect(page("en", 10)).toContain("will write to you within 10 days to talk");
    expect(page("es", 1)).toContain("le escribirá en un plazo de un día para hablar");
  });
});
