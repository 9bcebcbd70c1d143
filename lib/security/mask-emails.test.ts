import { describe, expect, it } from "vitest";
import { maskEmails } from "./mask-emails";

describe("maskEmails", () => {
  it("masks every address, bare, in angle brackets or quoted", () => {
    expect(maskEmails("550 5.1.1 <ana@example.com>: unknown; cc 'b.c+x@mail.example.org' and d@e")).toBe(
      "550 5.1.1 <<email>>: unknown; cc '<email>' and <email>",
    );
  });

  it("leaves text without an address alone", () => {
    expect(maskEmails("connect ECONNREFUSED 127.0.0.1:25 @ noon")).toBe(
      "connect ECONNREFUSED 127.0.0.1:25 @ noon",
    );
  });
});
