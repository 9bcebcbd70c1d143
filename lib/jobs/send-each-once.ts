import type { Db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";

// Sends each row of a table of emails-to-send (staff digests) once, however many workers run:
// each row is taken in its own transaction and held locked (FOR UPDATE SKIP LOCKED) while its
// email goes, so a second run skips it and a crash releases it with the connection. Should the
// mark fail after the mail server took the email, the next try sends it again with the same
// Message-ID, which mail clients fold into one. No "server-only": the worker runs it.

type Tx = Prisma.TransactionClient;

export type SendEachOnce<Row extends { id: bigint }> = {
  /** The next unsent row after `after` (by id), locked FOR UPDATE SKIP LOCKED; null when none is left. */
  next: (tx: Tx, after: bigint) => Promise<Row | null>;
  /** Sends the row's email; answers false when there was nothing left to tell (no email sent). */
  send: (tx: Tx, row: Row) => Promise<boolean>;
  markSent: (tx: Tx, row: Row) => Promise<void>;
  /** How long one row's transaction may take, the email's sending included. */
  timeoutMs: number;
};

/**
 * Answers how many emails were sent; throws (after trying every row) when one could not be, so
 * the job runs again later.
 */
export async function sendEachOnce<Row extends { id: bigint }>(
  db: Db,
  step: SendEachOnce<Row>,
): Promise<number> {
  let after = 0n;
  let sent = 0;
  const failures: unknown[] = [];
  for (;;) {
    const start = after;
    const outcome = await db
      .$transaction(
        async (tx) => {
          const row = await step.next(tx, after);
          if (!row) return null;
          after = row.id;
          const isSent = await step.send(tx, row);
          await step.markSent(tx, row);
          return isSent ? "sent" : "empty";
        },
        { timeout: step.timeoutMs },
      )
      .catch((error: unknown) => {
        failures.push(error);
        return "failed" as const;
      });
    // Done; or failed before taking a row (the database away): no use going on.
    if (outcome === null || (outcome === "failed" && after === start)) break;
    if (outcome === "sent") sent += 1;
  }
  if (failures.length > 0) throw failures[0];
  return sent;
}
