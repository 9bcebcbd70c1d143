import "server-only";
import type { Db } from "../db/client";

// Settings admins change in the staff area, in the database so every instance sees them.

const REQUIRE_TWO_FACTOR = "requireTwoFactor";

export async function isTwoFactorRequired(db: Db): Promise<boolean> {
  const row = await db.staffSetting.findUnique({
    where: { key: REQUIRE_TWO_FACTOR },
    select: { value: true },
  });
  return row?.value === true;
}

/** Admins only: callers pass through staff-accounts.ts, which checks the role and audits. */
export async function writeTwoFactorRequired(db: Db, required: boolean): Promise<void> {
  await db.staffSetting.upsert({
    where: { key: REQUIRE_TWO_FACTOR },
    create: { key: REQUIRE_TWO_FACTOR, value: required },
    update: { value: required },
  });
}
