import { randomUUID } from "node:crypto";
import type pg from "pg";
import { callFormAction, serverActionId } from "./server-action";

// The coordinator's two large actions over 100,000 signups, as the list's bulk bar calls them:
// a status change of 10,000 rows and a message queued to 10,000 volunteers. Each is reviewed
// first (the count the person confirms), then applied with that count; the apply is timed.

const BULK_ACTIONS = "app/admin/(staff)/signups/actions.ts";
export const BULK_ROWS = 10_000;

type Site = { url: string; origin: string; cookie: string };
export type ActionTiming = { reviewMs: number; applyMs: number; applied: number; failure: string | null };

/** Gives the reviewer `rows` random signups, so the view `assignee=me` is exactly them. */
export async function assignRowsTo(client: pg.Client, email: string, rows: number): Promise<void> {
  await client.query(
    `UPDATE signups SET assignee_id = (SELECT id FROM staff_users WHERE email = $1)
      WHERE id IN (SELECT id FROM signups WHERE assignee_id IS NULL ORDER BY random() LIMIT $2)`,
    [email, rows],
  );
  await client.query("ANALYZE signups");
}

/** A template with text in both site languages, written as an admin would. */
export async function addTemplate(client: pg.Client): Promise<string> {
  const id = randomUUID();
  const texts = {
    en: {
      subject: "Next steps, {firstName}",
      body: "Hello {firstName},\n\nThank you for signing up as {role}.",
    },
    es: {
      subject: "Próximos pasos, {firstName}",
      body: "Hola {firstName}:\n\nGracias por inscribirse como {role}.",
    },
  };
  await client.query(
    "INSERT INTO message_templates (id, name, texts, updated_at) VALUES ($1, 'Bench: next steps', $2, now())",
    [id, JSON.stringify(texts)],
  );
  return id;
}

/** The number the review answers ("review":{"count":N…) inside React's stream. */
function reviewedCount(text: string): number | null {
  const match = /"review":\{"count":(\d+)/.exec(text);
  return match ? Number(match[1]) : null;
}

async function reviewThenApply(site: Site, fields: [string, string][], more: [string, string][]) {
  const page = "/admin/signups";
  const review = await callFormAction(
    site,
    { id: serverActionId(`${BULK_ACTIONS}#reviewBulkAction`), page },
    fields,
  );
  const count = reviewedCount(review.text);
  if (review.status !== 200 || count === null) {
    return {
      reviewMs: review.ms,
      applyMs: NaN,
      applied: 0,
      failure: `review answered HTTP ${review.status}`,
    };
  }
  const apply = await callFormAction(site, { id: serverActionId(`${BULK_ACTIONS}#applyBulkAction`), page }, [
    ...fields,
    ...more,
    ["expectedCount", String(count)],
  ]);
  const done = apply.status === 200 && apply.text.includes('"done":true');
  return {
    reviewMs: review.ms,
    applyMs: apply.ms,
    applied: count,
    failure: done ? null : `apply answered HTTP ${apply.status}`,
  };
}

const VIEW: [string, string][] = [
  ["scope", "view"],
  ["view", "assignee=me"],
];

export function timeBulkStatus(site: Site): Promise<ActionTiming> {
  return reviewThenApply(site, [...VIEW, ["change", "status"], ["status", "contacted"]], []);
}

export function timeSendToView(site: Site, templateId: string): Promise<ActionTiming> {
  return reviewThenApply(
    site,
    [...VIEW, ["change", "message"], ["templateId", templateId]],
    [["batchId", randomUUID()]],
  );
}
