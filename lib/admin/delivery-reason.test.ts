import { describe, expect, it } from "vitest";
import { explainDelivery, retryUntil, shortReason } from "./delivery-reason";

describe("shortReason", () => {
  it("keeps the leading codes of an SMTP or network error", () => {
    expect(shortReason("ECONNECTION connect ECONNREFUSED 127.0.0.1:2525")).toBe("ECONNECTION");
    expect(shortReason("EENVELOPE 550 Mailbox unavailable for [email]")).toBe("EENVELOPE 550");
  });

  it("shortens a message without a code to a few words", () => {
    expect(shortReason("Greeting never received")).toBe("Greeting never received");
    const long = "The server said something very long about the message that goes on and on and on";
    expect(shortReason(long)).toBe("The server said something very long about the message that…");
  });

  it("has nothing to say without an error", () => {
    expect(shortReason(null)).toBeNull();
    expect(shortReason("  ")).toBeNull();
  });
});

describe("explainDelivery", () => {
  const at = new Date("2026-12-07T15:00:00.000Z");
  const base = { status: "queued", attempts: 1, maxAttempts: 3, lastTryAt: at };

  it("says the mail server could not be reached, and until when the queue tries again", () => {
    // After the first try exp(1) s, after the second exp(2) s: 2.718 + 7.389 = 10.107 s.
    expect(
      explainDelivery({ ...base, lastError: "ECONNECTION connect ECONNREFUSED 127.0.0.1:2525" }),
    ).toEqual({
      kind: "unreachable",
      retryUntil: new Date("2026-12-07T15:00:10.107Z"),
    });
    expect(
      explainDelivery({ ...base, status: "failed", attempts: 3, lastError: "ETIMEDOUT Connection timeout" }),
    ).toEqual({ kind: "unreachable", retryUntil: null });
  });

  it("tells an email held by the hourly cap from one the receiving server refused", () => {
    expect(explainDelivery({ ...base, status: "failed", lastError: "held: hourly cap" })).toEqual({
      kind: "held",
    });
    expect(explainDelivery({ ...base, lastError: "EENVELOPE 550 Mailbox unavailable" })).toEqual({
      kind: "refused",
    });
    expect(explainDelivery({ ...base, lastError: "EENVELOPE 451 Try again later" })).toEqual({
      kind: "refused_for_now",
      retryUntil: new Date("2026-12-07T15:00:10.107Z"),
    });
    expect(explainDelivery({ ...base, status: "failed", lastError: "Greeting never received" })).toEqual({
      kind: "other",
      retryUntil: null,
    });
  });

  it("has nothing to explain for a sent email or one without an error", () => {
    expect(explainDelivery({ ...base, status: "sent", lastError: "ECONNECTION" })).toBeNull();
    expect(explainDelivery({ ...base, lastError: null })).toBeNull();
  });
});

describe("retryUntil", () => {
  it("adds the waits of the attempts left, each capped at exp(10) seconds", () => {
    const at = new Date("2026-12-07T00:00:00.000Z");
    // exp(10) + exp(10) = 44,052.932 s after the 10th of 12 attempts.
    expect(retryUntil(at, 10, 12)).toEqual(new Date("2026-12-07T12:14:12.932Z"));
    expect(retryUntil(at, 12, 12)).toBeNull();
  });
});
