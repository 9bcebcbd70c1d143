import { describe, expect, it } from "vitest";
import { shortReason } from "./delivery-reason";

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
