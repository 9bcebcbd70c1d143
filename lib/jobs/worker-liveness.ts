import pg from "pg";
import type { Logger } from "graphile-worker";

// graphile-worker 0.17 locks the jobs it fetches (a batch of them, with the local queue) and
// marks them done in batches; a process that dies (SIGKILL, out of memory, a lost machine)
// leaves them locked, and it only takes them back after 4 hours. Here every worker pool keeps
// one connection open whose application_name carries its id: PostgreSQL drops it the moment
// the process dies. Each worker sweeps now and then, and unlocks jobs whose pool has no such
// connection any more (decision 021).

const PREFIX = "gw-pool:";
/** A job locked this recently is left alone: its pool may still be opening its connection. */
export const STALE_LOCK_SECONDS = 30;
export const SWEEP_EVERY_MS = 10_000;

export type Liveness = { sweep(): Promise<string[]>; stop(): Promise<void> };

// Pools whose jobs are locked (for a while) and which hold no connection named after them.
const SWEEP_SQL = `
  WITH gone AS (
    SELECT DISTINCT locked_by FROM graphile_worker._private_jobs
     WHERE locked_by IS NOT NULL AND locked_at < now() - make_interval(secs => $1)
    UNION
    SELECT DISTINCT locked_by FROM graphile_worker._private_job_queues
     WHERE locked_by IS NOT NULL AND locked_at < now() - make_interval(secs => $1)
  ), dead AS (
    SELECT array_agg(locked_by) AS ids FROM gone
     WHERE NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE application_name = $2 || gone.locked_by)
  )
  SELECT ids, graphile_worker.force_unlock_workers(ids) FROM dead WHERE ids IS NOT NULL`;

export function startLiveness(options: {
  connectionString: string;
  poolId: string;
  logger: Logger;
}): Liveness {
  let stopped = false;
  let beacon: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  const connectBeacon = () => {
    if (stopped) return;
    const client = new pg.Client({
      connectionString: options.connectionString,
      application_name: `${PREFIX}${options.poolId}`,
    });
    const again = () => {
      if (beacon === client) beacon = undefined;
      client.end().catch(() => {});
      if (!stopped && !retry) retry = setTimeout(() => ((retry = undefined), connectBeacon()), 1000);
    };
    client.on("error", again);
    client.on("end", again);
    beacon = client;
    client.connect().catch(again);
  };

  const sweep = async (): Promise<string[]> => {
    const client = new pg.Client({ connectionString: options.connectionString });
    client.on("error", () => {});
    try {
      await client.connect();
      const { rows } = await client.query<{ ids: string[] }>(SWEEP_SQL, [STALE_LOCK_SECONDS, PREFIX]);
      const ids = rows[0]?.ids ?? [];
      if (ids.length) options.logger.info(`Unlocked the jobs of ${ids.length} worker pool(s) that are gone`);
      return ids;
    } finally {
      await client.end().catch(() => {});
    }
  };

  connectBeacon();
  const sweepQuietly = () => void sweep().catch(() => {});
  sweepQuietly();
  const timer = setInterval(sweepQuietly, SWEEP_EVERY_MS);
  timer.unref();
  return {
    sweep,
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(retry);
      await beacon?.end().catch(() => {});
    },
  };
}
