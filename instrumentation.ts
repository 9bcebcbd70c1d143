// Runs once when the Next.js server starts (Node.js runtime only): check the configuration,
// then start the in-process email worker.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./lib/config/check-env-on-start");
    await import("./lib/jobs/start-in-app-worker");
  }
}
