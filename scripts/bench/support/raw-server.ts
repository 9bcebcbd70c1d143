import { fileURLToPath } from "node:url";
import { findFreePort } from "../../../lib/dev/free-port";
import { PROJECT_ROOT, spawnQuiet, waitUntilOk, type Service } from "./process";

/** A bare node:http server answering every request with the bytes `sourceUrl` sends: the ceiling. */
export async function startRawServer(sourceUrl: string): Promise<Service> {
  const port = await findFreePort();
  const entry = fileURLToPath(new URL("./raw-server-main.ts", import.meta.url));
  const args = ["--import", "tsx", entry, sourceUrl, String(port)];
  const spawned = spawnQuiet("raw node server", process.execPath, args, { cwd: PROJECT_ROOT });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilOk(spawned, `${url}/`, 30_000);
  return { url, pid: spawned.child.pid! };
}
