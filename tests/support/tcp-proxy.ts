import net from "node:net";
import { createDb, type Db } from "../../lib/db/client";
import { createTestDatabase } from "./test-database";

/**
 * A TCP proxy in front of PostgreSQL that a test can cut and restore: to the app, a cut
 * looks exactly like the database going away (refused connections, dropped sockets).
 */
export class TcpProxy {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, "127.0.0.1", resolve));
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }
}

export type ProxiedTestDatabase = {
  /** Cut to make the database unreachable for `db`; `start()` again to bring it back. */
  proxy: TcpProxy;
  /** A client whose every connection goes through the proxy. */
  db: Db;
  /** The database's address through the proxy, for other clients (a worker). */
  url: string;
  close(): Promise<void>;
};

/** A fresh test database behind a started proxy, with a client that goes through it. */
export async function proxiedTestDatabase(options: { migrate?: boolean } = {}): Promise<ProxiedTestDatabase> {
  const database = await createTestDatabase(options);
  const target = new URL(database.url);
  const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
  await proxy.start();
  const viaProxy = new URL(database.url);
  viaProxy.hostname = "127.0.0.1";
  viaProxy.port = String(proxy.port);
  const db = createDb(viaProxy.toString());
  return {
    proxy,
    db,
    url: viaProxy.toString(),
    async close() {
      await db.$disconnect();
      await proxy.cut();
      await database.drop();
    },
  };
}
