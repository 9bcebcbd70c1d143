import Bowser from "bowser";
import type { Messages } from "../messages/en";
import { format } from "../messages/format";

// A signed-in session as its owner recognises it: "Chrome on macOS · 203.0.113.7 · active
// 5 minutes ago". User-agent strings are read by bowser (docs/decisions/028), not by our own
// patterns, which would go stale with each browser release.

type Words = Messages["admin"]["account"];

/** "Chrome on macOS", "Safari", or "An unknown browser" when the string names neither. */
export function browserLabel(userAgent: string | null, m: Words): string {
  const ua = (userAgent ?? "").trim();
  if (!ua) return m.unknownBrowser;
  const parsed = Bowser.parse(ua);
  const browser = parsed.browser.name ?? "";
  const os = parsed.os.name ?? "";
  if (browser && os) return format(m.browserOn, { browser, os });
  return browser || (os ? format(m.browserOn, { browser: m.aBrowser, os }) : m.unknownBrowser);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** "active just now", "active 5 minutes ago", "active 2 days ago". */
export function activeLabel(lastUsedAt: Date, now: Date, m: Words): string {
  const elapsed = Math.max(0, now.getTime() - lastUsedAt.getTime());
  const relative = new Intl.RelativeTimeFormat("en", { numeric: "always" });
  for (const [unit, size] of UNITS) {
    if (elapsed >= size)
      return format(m.activeAgo, { ago: relative.format(-Math.floor(elapsed / size), unit) });
  }
  return m.activeNow;
}

/** An IPv6 address in its short form (better-auth stores it expanded, as its /64): "2001:db8::". */
export function shortAddress(address: string): string {
  if (!/^[0-9a-f]{1,4}(:[0-9a-f]{1,4}){7}$/i.test(address)) return address;
  const groups = address
    .toLowerCase()
    .split(":")
    .map((group) => group.replace(/^0+(?=.)/, ""));
  let best = { start: -1, length: 1 };
  for (let i = 0; i < groups.length; i++) {
    let end = i;
    while (groups[end] === "0") end++;
    if (end - i > best.length) best = { start: i, length: end - i };
  }
  if (best.start < 0) return groups.join(":");
  const before = groups.slice(0, best.start).join(":");
  const after = groups.slice(best.start + best.length).join(":");
  return `${before}::${after}`;
}

export function sessionLabel(
  session: { userAgent: string | null; ipAddress: string | null; lastUsedAt: Date },
  now: Date,
  m: Words,
): string {
  return [
    browserLabel(session.userAgent, m),
    session.ipAddress ? shortAddress(session.ipAddress) : m.unknownAddress,
    activeLabel(session.lastUsedAt, now, m),
  ].join(" · ");
}
