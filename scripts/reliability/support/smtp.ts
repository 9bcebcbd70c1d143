import { SMTPServer } from "smtp-server";
import { findFreePort } from "../../../lib/dev/free-port";
import { onCleanup } from "../../bench/support/run-bench";

// An SMTP server the scenario breaks on purpose, on one port for the whole run: it can refuse
// connections (nothing listens), accept normally, or take a message and then drop the
// connection before its reply. It counts every message it took, by Message-ID.

type Connection = { id: string; _socket?: { destroy(): void; destroyed: boolean } };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
type Internals = { connections: Set<Connection> };

export class ControlledSmtp {
  /** Message-ID (without brackets) → times this server took that message. */
  readonly received = new Map<string, number>();
  /** While above 0, each message is taken (counted), then its connection cut before the reply. */
  dropAfterData = 0;
  /** A slow server: each message waits this long before it is taken. */
  delayMs = 0;
  /** While true, messages wait before being taken; one whose client left meanwhile is not taken. */
  frozen = false;
  /** Called once a message is taken, before the reply: what happens to the client then. */
  onTaken: ((messageId: string) => Promise<void>) | undefined;
  private server: SMTPServer | undefined;
  port = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  get total(): number {
    let sum = 0;
    for (const count of this.received.values()) sum += count;
    return sum;
  }

  duplicates(): string[] {
    return [...this.received].filter(([, count]) => count > 1).map(([id]) => id);
  }

  async start(): Promise<void> {
    if (this.server) return;
    this.port ||= await findFreePort();
    const server: SMTPServer = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          void (async () => {
            const socket = [...(server as unknown as Internals).connections].find(
              (connection) => connection.id === session.id,
            )?._socket;
            if (this.delayMs) await sleep(this.delayMs);
            while (this.frozen) await sleep(20);
            if (socket?.destroyed) return;
            const head =
              Buffer.concat(chunks)
                .toString("utf8")
                .split(/\r?\n\r?\n/)[0] ?? "";
            const id = /^message-id:\s*<?([^>\s]+)>?/im.exec(head)?.[1] ?? "(none)";
            this.received.set(id, (this.received.get(id) ?? 0) + 1);
            if (this.onTaken) await this.onTaken(id);
            if (this.dropAfterData > 0) {
              this.dropAfterData -= 1;
              socket?.destroy();
              return;
            }
            callback();
          })();
        });
      },
    });
    // A client that vanishes (a killed app) is an error event here, and part of the test.
    server.on("error", () => {});
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.server = server;
  }

  /** Nothing listens any more: connections are refused, open ones are cut. */
  async refuse(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    for (const connection of (server as unknown as Internals).connections) connection._socket?.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

export async function startSmtp(): Promise<ControlledSmtp> {
  const smtp = new ControlledSmtp();
  await smtp.start();
  onCleanup(() => smtp.refuse());
  return smtp;
}
