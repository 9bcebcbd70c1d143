import "server-only";
import { COMMON_PASSWORDS } from "./common-passwords.generated";
import { normalizePassword } from "./password-policy";

// The list is a generated TypeScript module rather than a text file read with node:fs: the
// bundler carries it into the server build like any import, so no path has to resolve at run
// time (cwd, import.meta.url, Next's output tracing). Server-side only to keep it out of
// browser bundles. Built on first use.
let common: ReadonlySet<string> | undefined;

/** Whether the password (compared normalised and lower-cased) is on the common list. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(COMMON_PASSWORDS);
  return common.has(normalizePassword(password).toLowerCase());
}
