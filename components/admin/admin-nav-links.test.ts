import { describe, expect, it } from "vitest";
import { currentLink } from "./admin-nav-links";

const links = [
  { href: "/admin", label: "Dashboard" },
  { href: "/admin/signups", label: "Signups" },
  { href: "/admin/messages", label: "Messages" },
  { href: "/admin/account", label: "My account" },
];

describe("the staff navigation's current link", () => {
  it("is the page's own link, or the section a deeper page is in", () => {
    expect(currentLink(links, "/admin")).toBe("/admin");
    expect(currentLink(links, "/admin/")).toBe("/admin");
    expect(currentLink(links, "/admin/signups")).toBe("/admin/signups");
    expect(currentLink(links, "/admin/signups/0b6f2c3e-1111-4a4a-8b8b-000000000001")).toBe("/admin/signups");
    expect(currentLink(links, "/admin/messages/new")).toBe("/admin/messages");
    expect(currentLink(links, "/admin/signupsx")).toBe("/admin");
    expect(currentLink(links, "/elsewhere")).toBeNull();
  });
});
