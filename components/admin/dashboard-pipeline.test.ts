import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { en } from "@/lib/messages/en";
import { DashboardPipeline } from "./dashboard-pipeline";

const none = { new: 0, contacted: 0, onboarding: 0, stepsLeft: 0, ready: 0, stalled: 0, expiring: 0 };

const html = (stalledDays: number) =>
  renderToStaticMarkup(
    createElement(DashboardPipeline, {
      messages: en.admin,
      stalledDays,
      pipeline: {
        attorney: { ...none, onboarding: 1, stepsLeft: 1, stalled: 2 },
        medical: { ...none, new: 3, onboarding: 2, stepsLeft: 4, ready: 5, expiring: 1 },
        interpreter: { ...none, contacted: 7 },
      },
    }),
  );

describe("the pipeline on the dashboard", () => {
  it("links each count to the list filtered to it, by role and for all roles", () => {
    const page = html(21);
    expect(page).toContain('<a href="/admin/signups?role=medical&amp;status=new">3</a>');
    expect(page).toContain('<a href="/admin/signups?role=interpreter&amp;status=contacted">7</a>');
    expect(page).toContain('<a href="/admin/signups?role=medical&amp;readiness=ready">5</a>');
    expect(page).toContain('<a href="/admin/signups?role=attorney&amp;readiness=stalled">2</a>');
    expect(page).toContain('<a href="/admin/signups?role=medical&amp;readiness=expiring">1</a>');
    expect(page).toContain('<a href="/admin/signups?status=onboarding&amp;readiness=notReady">3</a>');
  });

  it("says how many steps are left of those onboarding, and when stalled starts", () => {
    const page = html(21);
    expect(page).toContain("4 steps left in all");
    expect(page).toContain("1 step left");
    expect(page).toContain("5 steps left in all");
    expect(page).toContain("Stalled: no step done in 21 days");
    expect(page).toContain("A step expires in the next 30 days");
    expect(html(1)).toContain("Stalled: no step done in a day");
  });
});
