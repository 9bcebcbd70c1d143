import type { Messages } from "../messages/en";
import { format } from "../messages/format";
import { plural } from "../messages/plural";
import type { DeliveryReason } from "./delivery-reason";

// The record page's facts in plain words: how often the form was sent, why an email is not
// sent yet, and a phone number as a link a phone can call.

type RecordWords = Messages["admin"]["record"];

/** "Sent the form twice (last on …)", never a bare count. */
export function submittedText(m: RecordWords, count: number, lastTime: string): string {
  if (count <= 1) return format(m.submittedOnce, { time: lastTime });
  if (count === 2) return format(m.submittedTwice, { time: lastTime });
  return plural("en", m.submittedMany, count, { time: lastTime });
}

/** The reason staff read first; the technical detail stays behind a disclosure. */
export function deliveryReasonText(
  e: RecordWords["emails"],
  reason: DeliveryReason | null,
  formatTime: (time: Date) => string,
): string | null {
  if (!reason) return null;
  if (reason.kind === "held" || reason.kind === "refused") return e.reasons[reason.kind];
  if (reason.retryUntil === null) return e.reasons[`${reason.kind}GaveUp`];
  return format(e.reasons[reason.kind], { time: formatTime(reason.retryUntil) });
}

/** A `tel:` address of the digits and a leading +, or null when too few digits to call. */
export function telHref(phone: string): string | null {
  const digits = phone.replace(/[^\d+]/g, "").replace(/(?!^)\+/g, "");
  return digits.replace(/\D/g, "").length >= 3 ? `tel:${digits}` : null;
}
