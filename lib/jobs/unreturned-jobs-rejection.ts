// graphile-worker 0.17.3 leaves one promise rejection unhandled: a pool that shuts itself down
// while its local queue holds jobs (watched-runner.ts) hands them back to the database after the
// queue is released, and when that fails, because the database is away, nothing catches the
// error; Node then ends the process. Those jobs stay locked by the dead pool, and the liveness
// sweep takes them back (decision 021), so `npm run worker` carries on. In the web process
// Next.js already logs unhandled rejections instead of exiting.
const UNRETURNED_JOBS = "Error occurred whilst returning jobs from local queue to database queue:";

/**
 * For process.on("unhandledRejection"): logs that one rejection; any other is thrown again,
 * which ends the process as Node does when no one listens.
 */
export function carryOnAfterUnreturnedJobs(log: (line: string) => void) {
  return (reason: unknown): void => {
    if (!(reason instanceof Error) || !reason.message.startsWith(UNRETURNED_JOBS)) throw reason;
    log(
      "[worker] A stopped worker pool could not hand its jobs back; they are taken back once it is seen gone",
    );
  };
}
