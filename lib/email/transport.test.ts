import { describe, expect, it } from "vitest";
import { createMailTransport, isLoopbackHost, mailTransportOptions } from "./transport";

describe("the SMTP transport's TLS", () => {
  it.each([
    "smtp://mail.example.org:587",
    "smtp://user:pass@10.0.0.5:25",
    "smtp://192.0.2.2:25",
    "smtp://[2001:db8::25]:25",
    "smtp://[::ffff:10.0.0.5]:25",
    "smtp://127.0.0.1.example.org:25",
    "smtp://localhost.example.org:25",
  ])("requires STARTTLS for %s, a server on another machine", (url) => {
    const options = mailTransportOptions(url);
    expect(options.requireTLS).toBe(true);
    expect(options.ignoreTLS).toBeUndefined();
  });

  it.each(["smtp://127.0.0.1:2525", "smtp://127.1.2.3:25", "smtp://localhost:25", "smtp://[::1]:25"])(
    "speaks plain SMTP to %s, on loopback",
    (url) => {
      const options = mailTransportOptions(url);
      expect(options.ignoreTLS).toBe(true);
      expect(options.requireTLS).toBeUndefined();
    },
  );

  it("leaves smtps:// to TLS from the first byte", () => {
    const options = mailTransportOptions("smtps://mail.example.org:465");
    expect(options.requireTLS).toBeUndefined();
    expect(options.ignoreTLS).toBeUndefined();
    const transport = createMailTransport("smtps://mail.example.org:465");
    expect((transport as unknown as { options: { secure?: boolean } }).options.secure).toBe(true);
    transport.close();
  });

  it("keeps requiring TLS when the URL's query asks otherwise", () => {
    const transport = createMailTransport("smtp://mail.example.org:587?requireTLS=false&ignoreTLS=true");
    const options = (transport as unknown as { options: { requireTLS?: boolean; ignoreTLS?: unknown } })
      .options;
    expect(options.requireTLS).toBe(true);
    transport.close();
  });

  it("knows loopback addresses", () => {
    expect(
      ["127.0.0.1", "127.255.0.9", "localhost", "LOCALHOST", "[::1]", "::1", "[::ffff:127.0.0.1]"].map(
        isLoopbackHost,
      ),
    ).toEqual(Array(7).fill(true));
    expect(
      ["128.0.0.1", "10.0.0.1", "[::2]", "[2001:db8::1]", "mail.example.org", "localhost.example.org"].map(
        isLoopbackHost,
      ),
    ).toEqual(Array(6).fill(false));
  });
});
