import { readdir, readFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { privateDirectory, writePrivateFile } from "./private-files";

// A real SMTP server on loopback that keeps every message as an .eml file, so development
// and tests exercise the same SMTP path as production (docs/decisions/002).

export type MailCatcher = {
  port: number;
  url: string;
  directory: string;
  close(): Promise<void>;
};

const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

export async function startMailCatcher(options: { directory: string; port?: number }): Promise<MailCatcher> {
  // Caught messages hold volunteers' answers: this account alone reads them.
  await privateDirectory(options.directory);
  let sequence = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    size: MAX_MESSAGE_BYTES,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        sequence += 1;
        const name = `${Date.now()}-${process.pid}-${String(sequence).padStart(6, "0")}.eml`;
        const envelope = session.envelope.rcptTo.map((rcpt) => rcpt.address).join(", ");
        const raw = Buffer.concat([Buffer.from(`X-Envelope-To: ${envelope}\r\n`), ...chunks]);
        writePrivateFile(path.join(options.directory, name), raw).then(
          () => callback(),
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    directory: options.directory,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type CaughtMessage = ParsedMail & { file: string; envelopeTo: string[] };

/** Every message caught so far, oldest first. */
export async function readCaughtMessages(directory: string): Promise<CaughtMessage[]> {
  const files = (await readdir(directory).catch(() => [] as string[]))
    .filter((f) => f.endsWith(".eml"))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const parsed = await simpleParser(await readFile(path.join(directory, file)));
      const envelope = parsed.headers.get("x-envelope-to");
      return {
        ...parsed,
        file,
        envelopeTo: typeof envelope === "string" ? envelope.split(", ").filter(Boolean) : [],
      };
    }),
  );
}
