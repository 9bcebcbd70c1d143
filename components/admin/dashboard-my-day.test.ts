import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { en } from "@/lib/messages/en";
import { DashboardMyDay } from "./dashboard-my-day";

const heading = (days: number) =>
  renderToStaticMarkup(
    createElement(DashboardMyDay, {
      messages: en.admin.dashboard,
      myDay: {
        mine: { count: 0, query: "" },
        pastPromise: { count: 3, query: "", days },
        followUpsDue: { count: 0, query: "" },
      },
    }),
  );

describe("My day", () => {
  it("names the promised reply it counts signups past", () => {
    expect(heading(14)).toContain("New for more than two weeks");
    expect(heading(7)).toContain("New for more than one week");
    expect(heading(1)).toContain("New for more than one day");
    expect(heading(30)).toContain("New for more than 30 days");
  });
});
