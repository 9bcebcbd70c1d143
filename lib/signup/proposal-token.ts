import { createHash, createHmac } from "node:crypto";
import { deriveKey } from "../security/keys";

// The link that confirms a proposal (decision 030). Its token is derived from the proposal's id
// with its own key, so the worker can write it into the email while the database keeps only its
// hash: a copy of the database opens no link.

const TOKEN = /^[\w-]{43}$/;

export function proposalToken(proposalId: string, secret: string): string {
  return createHmac("sha256", deriveKey(secret, "signup-proposal")).update(proposalId).digest("base64url");
}

/** What signup_proposals.token_hash holds; null for anything that is not a token's shape. */
export function proposalTokenHash(token: string): string | null {
  return TOKEN.test(token) ? createHash("sha256").update(token).digest("hex") : null;
}
