// The CSV export of every signup, in this process (no server, no sign-in), for profiling it:
//   DATABASE_URL=… node --cpu-prof --conditions=react-server --import tsx scripts/bench/export-profile.ts [query]
// against a database filled by `npm run db:seed:volume -- 100000`. Prints wall and CPU time,
// peak RSS growth and the file's SHA-256 (a change that must not alter the file keeps it).
import { createHash } from "node:crypto";
import { exportSignups } from "../../lib/admin/signup-export";
import { parseSignupView } from "../../lib/admin/signup-view";
import type { StaffContext } from "../../lib/auth/staff-session";
import { createDb } from "../../lib/db/client";
import { getStaffMessages } from "../../lib/messages";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error("set DATABASE_URL to a database seeded with db:seed:volume");
const db = createDb(databaseUrl);
const [reviewer] = await db.$queryRaw<{ id: string }[]>`SELECT id FROM staff_users ORDER BY id LIMIT 1`;
if (!reviewer) throw new Error("no staff user: seed the database with db:seed:volume first");
// Not a signed-in session: exportSignups only reads the role and the id (for the audit entry).
const staff = { userId: reviewer.id, role: "reviewer" } as unknown as StaffContext;
const download = (query: string, now?: Date) =>
  exportSignups(db, staff, parseSignupView(new URLSearchParams(query)), getStaffMessages(), now).body;

// A small export first, so the measured one does not pay for loading code.
await new Response(download("q=zzzz")).arrayBuffer();
const rssBefore = process.memoryUsage().rss;
let rssPeak = rssBefore;
const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20);
const cpuBefore = process.cpuUsage();
const started = performance.now();
// A fixed date: it names the file only, so the bytes depend on the rows alone.
const reader = download(process.argv[2] ?? "", new Date("2026-01-01")).getReader();
const hash = createHash("sha256");
let bytes = 0;
for (let read = await reader.read(); !read.done; read = await reader.read()) {
  hash.update(read.value);
  bytes += read.value.byteLength;
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
clearInterval(sampler);
console.log(
  `${seconds.toFixed(2)} s, Node CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s, ` +
    `peak RSS +${((rssPeak - rssBefore) / 2 ** 20).toFixed(0)} MB, ${(bytes / 2 ** 20).toFixed(1)} MB, ` +
    `SHA-256 ${hash.digest("hex")}`,
);
await db.$disconnect();
