import "server-only";
import { getEnv } from "./env";
import { ConfigError } from "./env-schema";

// Imported by instrumentation.ts: a wrong configuration stops the server with one line naming
// the variable, before any request is served.
try {
  getEnv();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
