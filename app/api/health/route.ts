import { getDb } from "@/lib/db/client";
import { healthResponse } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export function GET() {
  return healthResponse(getDb());
}
