import { describe, expect, it } from "vitest";
import { clientAddress, rateLimitSubject } from "./rate-limit";

describe("clientAddress", () => {
  it("takes the one address the front door wrote", () => {
    expect(clientAddress("203.0.113.9")).toBe("203.0.113.9");
    expect(clientAddress(" 2001:db8::1 ")).toBe("2001:db8::1");
  });

  it("counts a header the front door did not write as one shared subject", () => {
    expect(clientAddress(null)).toBe("unknown");
    expect(clientAddress("")).toBe("unknown");
    expect(clientAddress("198.51.100.1, 203.0.113.9")).toBe("unknown");
    expect(clientAddress("spoofed")).toBe("unknown");
  });
});

describe("rateLimitSubject", () => {
  it("counts an IPv4 address whole", () => {
    expect(rateLimitSubject("203.0.113.9")).toBe("203.0.113.9");
    expect(rateLimitSubject("203.0.113.10")).toBe("203.0.113.10");
  });

  it("counts an IPv6 address by its first four hextets (its /64)", () => {
    expect(rateLimitSubject("2001:db8:1:2:3:4:5:6")).toBe("2001:0db8:0001:0002::/64");
    expect(rateLimitSubject("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe("2001:0db8:0001:0002::/64");
    expect(rateLimitSubject("2001:db8:1:3::1")).toBe("2001:0db8:0001:0003::/64");
    expect(rateLimitSubject("::1")).toBe("0000:0000:0000:0000::/64");
    expect(rateLimitSubject("fe80::1%eth0")).toBe("fe80:0000:0000:0000::/64");
  });

  it("gives every spelling of one /64 the same subject", () => {
    const spellings = [
      "2001:db8::1",
      "2001:DB8::1",
      "2001:0db8:0000:0000:0000:0000:0000:0001",
      "2001:db8:0:0::ff",
      "2001:db8:0:0:1::",
    ];
    expect(new Set(spellings.map(rateLimitSubject))).toEqual(new Set(["2001:0db8:0000:0000::/64"]));
  });

  it("counts an IPv4-mapped IPv6 address as its IPv4 address", () => {
    expect(rateLimitSubject("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(rateLimitSubject("::FFFF:cb00:7109")).toBe("203.0.113.9");
    expect(rateLimitSubject("0:0:0:0:0:ffff:203.0.113.9")).toBe("203.0.113.9");
  });

  it("leaves what is not an address as it is", () => {
    expect(rateLimitSubject("unknown")).toBe("unknown");
  });
});
