import type { AddressInfo } from "node:net";
import os from "node:os";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailTransport, sendEmail } from "../../lib/email/transport";

// A mail server that offers no STARTTLS, as one behind an attacker who strips the offer looks.
// Reached over this machine's network address it is "remote": nothing is sent. Reached over
// loopback, the same server takes the message, so the refusal is the TLS rule and not the network.

const received: string[] = [];
let server: SMTPServer;
let port: number;
const networkAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((entry) => entry && entry.family === "IPv4" && !entry.internal)?.address;

beforeAll(async () => {
  server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      stream.resume();
      stream.on("end", () => {
        received.push(session.envelope.rcptTo.map((to) => to.address).join(","));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "0.0.0.0", resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const email = (to: string) => ({ from: "probono@example.org", to, subject: "Signup", text: "Answers" });

describe("SMTP to a server that is not on loopback", () => {
  it.skipIf(!networkAddress)("sends nothing when the server offers no TLS", async () => {
    const transport = createMailTransport(`smtp://${networkAddress}:${port}`);
    try {
      await expect(sendEmail(transport, email("remote@example.org"))).rejects.toThrow(/STARTTLS/i);
    } finally {
      transport.close();
    }
    expect(received).not.toContain("remote@example.org");
  });

  it("sends in plain text to the same server on loopback", async () => {
    const transport = createMailTransport(`smtp://127.0.0.1:${port}`);
    await sendEmail(transport, email("local@example.org"));
    transport.close();
    expect(received).toContain("local@example.org");
  });
});
