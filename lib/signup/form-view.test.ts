import { describe, expect, it } from "vitest";
import { questionViews } from "./form-view";
import { SIGNUP_FORMS } from "./forms";
import { ROLES } from "./options";

describe("questionViews", () => {
  it.each(ROLES)("draws the %s form without a schema anywhere, questions in order", (role) => {
    const questions = SIGNUP_FORMS[role].questions;
    const views = questionViews(questions);
    expect(Object.keys(views)).toEqual(Object.keys(questions));
    // It crosses to the browser as a prop: plain data only.
    const serialized = JSON.stringify(views);
    expect(JSON.parse(serialized)).toEqual(views);
    expect(serialized).not.toContain('"schema"');
    expect(serialized).not.toContain("_zod");
  });

  it("keeps everything but the schema, in a group's rows too", () => {
    const questions = SIGNUP_FORMS.interpreter.questions;
    const views = questionViews(questions);
    const group = Object.entries(questions).find(([, question]) => question.kind === "group");
    expect(group).toBeDefined();
    const [name, question] = group!;
    const view = views[name]!;
    expect(view.kind).toBe("group");
    if (view.kind !== "group" || question.kind !== "group") return;
    expect(view.max).toBe(question.max);
    expect(view.min).toBe(question.min);
    expect(Object.keys(view.row)).toEqual(Object.keys(question.row));
    for (const [field, sub] of Object.entries(question.row)) {
      const { schema: _schema, ...rest } = sub;
      expect(view.row[field]).toEqual(rest);
    }
  });
});
