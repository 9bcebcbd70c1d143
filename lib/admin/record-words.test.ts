import { describe, expect, it } from "vitest";
import { getStaffMessages } from "../messages";
import { deliveryReasonText, submittedText, telHref } from "./record-words";

const m = getStaffMessages().admin.record;
const time = (at: Date) => at.toISOString().slice(11, 16);

describe("submittedText", () => {
  it("says how often the form was sent in words, with the last time", () => {
    expect(submittedText(m, 1, "Dec 1")).toBe("Sent the form once, on Dec 1");
    expect(submittedText(m, 2, "Dec 2")).toBe("Sent the form twice (last on Dec 2)");
    expect(submittedText(m, 1234, "Dec 3")).toBe("Sent the form 1,234 times (last on Dec 3)");
  });
});

describe("deliveryReasonText", () => {
  it("says until when the queue keeps trying, or that it stopped", () => {
    const until = new Date("2026-12-07T18:30:00Z");
    expect(deliveryReasonText(m.emails, { kind: "unreachable", retryUntil: until }, time)).toBe(
      "The mail server could not be reached; we will keep trying until 18:30.",
    );
    expect(deliveryReasonText(m.emails, { kind: "unreachable", retryUntil: null }, time)).toBe(
      "The mail server could not be reached; we stopped trying.",
    );
    expect(deliveryReasonText(m.emails, { kind: "held" }, time)).toBe(
      "Held: the hourly cap for volunteers' emails was reached, so it was not sent. Resend it to send it now.",
    );
    expect(deliveryReasonText(m.emails, null, time)).toBeNull();
  });
});

describe("telHref", () => {
  it("keeps the digits and a leading plus", () => {
    expect(telHref("(505) 555-0142")).toBe("tel:5055550142");
    expect(telHref("+1 505 555 0142")).toBe("tel:+15055550142");
    expect(telHref("n/a")).toBeNull();
  });
});
