import { describe, expect, it } from "vitest";
import { en } from "../messages/en";
import { activeLabel, browserLabel, sessionLabel, shortAddress } from "./session-label";

const m = en.admin.account;
const MAC_CHROME =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const IPHONE_SAFARI =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
const WINDOWS_FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

describe("a session in words", () => {
  it("names the browser and the system", () => {
    expect(browserLabel(MAC_CHROME, m)).toBe("Chrome on macOS");
    expect(browserLabel(IPHONE_SAFARI, m)).toBe("Safari on iOS");
    expect(browserLabel(WINDOWS_FIREFOX, m)).toBe("Firefox on Windows");
    expect(browserLabel("curl/8.5.0", m)).toBe("An unknown browser");
    expect(browserLabel("", m)).toBe("An unknown browser");
    expect(browserLabel(null, m)).toBe("An unknown browser");
  });

  it("says when it was last used", () => {
    const now = new Date("2026-12-07T12:00:00Z");
    expect(activeLabel(new Date("2026-12-07T11:59:30Z"), now, m)).toBe("active just now");
    expect(activeLabel(new Date("2026-12-07T11:55:00Z"), now, m)).toBe("active 5 minutes ago");
    expect(activeLabel(new Date("2026-12-07T11:59:00Z"), now, m)).toBe("active 1 minute ago");
    expect(activeLabel(new Date("2026-12-07T09:00:00Z"), now, m)).toBe("active 3 hours ago");
    expect(activeLabel(new Date("2026-12-05T11:00:00Z"), now, m)).toBe("active 2 days ago");
  });

  it("shortens an IPv6 address as people write it, and leaves IPv4 as it is", () => {
    expect(shortAddress("2001:0db8:0000:0000:0000:0000:0000:0000")).toBe("2001:db8::");
    expect(shortAddress("0000:0000:0000:0000:0000:0000:0000:0000")).toBe("::");
    expect(shortAddress("2001:0db8:0000:0001:0000:0000:0000:0001")).toBe("2001:db8:0:1::1");
    expect(shortAddress("203.0.113.7")).toBe("203.0.113.7");
  });

  it("puts browser, address and activity in one line", () => {
    const now = new Date("2026-12-07T12:00:00Z");
    expect(
      sessionLabel(
        { userAgent: MAC_CHROME, ipAddress: "203.0.113.7", lastUsedAt: new Date("2026-12-07T11:55:00Z") },
        now,
        m,
      ),
    ).toBe("Chrome on macOS · 203.0.113.7 · active 5 minutes ago");
    expect(sessionLabel({ userAgent: null, ipAddress: null, lastUsedAt: now }, now, m)).toBe(
      "An unknown browser · an unknown address · active just now",
    );
  });
});
