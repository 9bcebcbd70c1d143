import { describe, expect, it } from "vitest";
import { signIn, staffAuthDatabase } from "../support/staff-auth";

// better-auth's per-IP sign-in limit counts what the front door writes into X-Forwarded-For
// as the signup limit does: an IPv6 address by its /64, an IPv4-mapped one as IPv4.

const current = staffAuthDatabase();
let attempts = 0;
// A new email each time, so the per-account pause (after five failures) plays no part.
const attempt = (ip: string) =>
  signIn(current().deps.auth, `x${++attempts}@example.org`, "wrong horse battery", ip);

describe("the sign-in limit per address", () => {
  it("counts every IPv6 address of one /64 together, and another /64 apart", async () => {
    // TEST_AUTH_SETTINGS allows 3 a minute.
    for (const ip of ["2001:db8:5:6::1", "2001:db8:5:6::2", "2001:DB8:5:6:ffff::9"])
      expect((await attempt(ip)).status).toBe(401);
    expect((await attempt("2001:db8:5:6:1234:5678:9abc:def0")).status).toBe(429);
    expect((await attempt("2001:db8:5:7::1")).status).toBe(401);
  });

  it("counts an IPv4-mapped address as its IPv4 address", async () => {
    for (const ip of ["192.0.2.77", "::ffff:192.0.2.77", "192.0.2.77"])
      expect((await attempt(ip)).status).toBe(401);
    expect((await attempt("::ffff:c000:024d")).status).toBe(429);
  });
});
