import { parseEnv, type Env } from "./env-schema";

// The one place that reads process.env; everything else asks for getEnv().
let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The environment as given, for a launcher that passes it on to child processes. */
export function rawEnvironment(): Record<string, string | undefined> {
  return { ...process.env };
}
