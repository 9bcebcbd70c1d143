import { HELD_BY_CAP } from "../jobs/retry-emails";

// A failed email's last error as staff see it: a plain reason first (explainDelivery), and
// behind it its codes (ECONNREFUSED, 550) when it has them, otherwise a few words. The full
// text stays in the row for whoever debugs the server.

const CODE = /^(?:[A-Z][A-Z0-9_]{2,}|\d{3})$/;
const MAX = 60;

export function shortReason(lastError: string | null): string | null {
  const text = lastError?.trim();
  if (!text) return null;
  const words = text.split(/\s+/);
  const codes = [];
  for (const word of words) {
    if (!CODE.test(word)) break;
    codes.push(word);
  }
  if (codes.length) return codes.join(" ");
  return text.length > MAX ? `${text.slice(0, MAX - 1).trimEnd()}…` : text;
}

/**
 * Why an email is not sent yet, in words staff can act on. `retryUntil` is when the queue
 * makes its last try, or null when it has stopped trying.
 */
export type DeliveryReason =
  | { kind: "held" }
  | { kind: "refused" }
  | { kind: "unreachable" | "refused_for_now" | "other"; retryUntil: Date | null };

/** The errors of a mail server that did not answer (network, DNS, TLS, time-out). */
const UNREACHABLE =
  /^(?:ECONNECTION|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ETIMEOUT|ESOCKET|EDNS|ENOTFOUND|EHOSTUNREACH|EAI_AGAIN|ETLS)$/;

export function explainDelivery(delivery: {
  status: string;
  lastError: string | null;
  attempts: number;
  maxAttempts: number;
  lastTryAt: Date;
}): DeliveryReason | null {
  const codes = shortReason(delivery.lastError)?.split(" ") ?? [];
  if (delivery.status === "sent" || !delivery.lastError?.trim()) return null;
  if (delivery.lastError.trim() === HELD_BY_CAP) return { kind: "held" };
  const until =
    delivery.status === "failed"
      ? null
      : retryUntil(delivery.lastTryAt, delivery.attempts, delivery.maxAttempts);
  if (codes.some((code) => UNREACHABLE.test(code))) return { kind: "unreachable", retryUntil: until };
  const smtp = codes.find((code) => /^\d{3}$/.test(code));
  if (smtp?.startsWith("5")) return { kind: "refused" };
  if (smtp?.startsWith("4")) return { kind: "refused_for_now", retryUntil: until };
  return { kind: "other", retryUntil: until };
}

/**
 * When the queue makes its last try: graphile-worker waits exp(min(n, 10)) seconds after a
 * job's nth failed attempt. Null once every attempt is spent.
 */
export function retryUntil(lastTryAt: Date, attempts: number, maxAttempts: number): Date | null {
  if (attempts >= maxAttempts) return null;
  let seconds = 0;
  for (let n = Math.max(attempts, 1); n < maxAttempts; n++) seconds += Math.exp(Math.min(n, 10));
  return new Date(lastTryAt.getTime() + Math.round(seconds * 1000));
}
