import "server-only";
import { type Algorithm, hash, verify } from "@node-rs/argon2";
import { normalizePassword } from "./password-policy";

// Argon2id with OWASP's first recommended setting (19 MiB, 2 passes, 1 lane): about 8 ms a
// hash here. Stored as a PHC string, `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`, so the
// parameters travel with each hash and can be raised later without breaking old ones.
export const ARGON2_OPTIONS = {
  // The package's `Algorithm` is a const enum, which isolatedModules cannot read as a value.
  algorithm: 2 as Algorithm.Argon2id,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** A valid hash (of a random string nobody knows) made with ARGON2_OPTIONS. */
export const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$r0JsOs+6oMidj6k/TYXPyw$rr5KdNDDi8QzfzId2WOCZduFlGrOEdxPMWjUvLJZ1fk";

export function hashPassword(password: string): Promise<string> {
  return hash(normalizePassword(password), ARGON2_OPTIONS);
}

/**
 * The shape better-auth's `emailAndPassword.password.verify` receives. False, never an
 * exception, for a wrong password and for a hash that is not a valid argon2 string.
 */
export async function verifyPassword({
  hash,
  password,
}: {
  hash: string;
  password: string;
}): Promise<boolean> {
  try {
    return await verify(hash, normalizePassword(password));
  } catch {
    return false;
  }
}

/**
 * One verification against DUMMY_HASH, for a sign-in whose email matches no account: the
 * answer then takes as long as a wrong password for a real account, so timing does not tell
 * which emails have accounts. Always false.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  await verifyPassword({ hash: DUMMY_HASH, password });
  return false;
}
