// The staff password rule, pure so a form can show the same limits live in the browser:
// length only (NIST SP 800-63B: no composition rules, no truncation) plus a blocklist of
// common passwords, which the caller passes in (the list lives server-side, common-passwords.ts).

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export type PasswordCheck = { ok: true } | { ok: false; reason: "tooShort" | "tooLong" | "common" };

/**
 * The form of a password that is counted, compared and hashed. NFKC (as NIST SP 800-63B
 * advises) so "é" typed as one code point or as "e" + combining accent is the same password
 * on every keyboard and operating system.
 */
export function normalizePassword(password: string): string {
  return password.normalize("NFKC");
}

/** Length in Unicode code points (an emoji counts once), after normalisation. */
export function passwordLength(password: string): number {
  return [...normalizePassword(password)].length;
}

/**
 * `isCommon` receives the normalised, lower-cased password (server: `isCommonPassword`; a
 * browser hint without the list may pass `() => false` and leave that check to the server).
 */
export function checkPassword(password: string, isCommon: (lowerCased: string) => boolean): PasswordCheck {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN) return { ok: false, reason: "tooShort" };
  if (length > PASSWORD_MAX) return { ok: false, reason: "tooLong" };
  if (isCommon(normalizePassword(password).toLowerCase())) return { ok: false, reason: "common" };
  return { ok: true };
}
