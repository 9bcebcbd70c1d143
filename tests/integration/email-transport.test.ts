import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCaughtMessages, startMailCatcher, type MailCatcher } from "../../lib/dev/mail-catcher";
import { createMailTransport, sendEmail } from "../../lib/email/transport";

let directory: string;
let catcher: MailCatcher;

beforeAll(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), "pbv-mail-"));
  catcher = await startMailCatcher({ directory });
});

afterAll(async () => {
  await catcher.close();
  await rm(directory, { recursive: true, force: true });
});

describe("the mail transport", () => {
  it("delivers over SMTP to the catcher with subject, recipients and body intact", async () => {
    const transport = createMailTransport(catcher.url);
    const body = "Gracias, Ana — we'll be in touch.\nK'iche' and Q'anjob'al are welcome.";
    await sendEmail(transport, {
      from: "Volunteer program <probono@example.org>",
      to: ["staff@example.org", "intake@example.org"],
      replyTo: "ana@example.com",
      subject: "New interpreter signup: Ana Pérez",
      text: body,
      html: "<p>Gracias, <strong>Ana</strong></p>",
      messageId: "<signup-123@volunteer.example.org>",
    });
    transport.close();

    const [message, ...others] = await readCaughtMessages(directory);
    expect(others).toHaveLength(0);
    expect(message!.subject).toBe("New interpreter signup: Ana Pérez");
    expect(message!.envelopeTo).toEqual(["staff@example.org", "intake@example.org"]);
    expect(message!.from?.text).toBe('"Volunteer program" <probono@example.org>');
    expect(message!.replyTo?.text).toBe("ana@example.com");
    expect(message!.messageId).toBe("<signup-123@volunteer.example.org>");
    expect(message!.text?.trim()).toBe(body);
    expect(message!.html).toContain("<strong>Ana</strong>");
  });
});
