import { randomUUID } from "node:crypto";
import type { SignupAnswers } from "../signup/forms";
import type { Role } from "../signup/options";
import { signupColumns } from "../signup/signup-columns";
import { newPerson, volumeAnswers, type Person } from "./volume-answers";
import { between, chance, pick, seededRandom, weighted, type Random } from "./volume-random";
import { volumeSteps, type VolumeReadiness, type VolumeStep } from "./volume-steps";
import { MAIL_ERRORS, NOTES } from "./volume-words";

// Synthetic signups with a life behind them: when they came in (over three years, more of
// them lately), how far staff took them (older ones further), who owns them, notes, the
// history (submitted, a resubmission now and then, status changes, assignments, emails sent) and the
// emails' delivery state (a few failed).

export type Status = "new" | "contacted" | "onboarding" | "active" | "inactive" | "declined";
export type VolumeEvent = { kind: string; detail: unknown; actorId: string | null; createdAt: Date };
export type VolumeNote = { id: string; authorId: string; body: string; createdAt: Date };
export type VolumeDelivery = {
  id: string;
  kind: "staff_notification" | "volunteer_confirmation";
  status: "sent" | "failed";
  recipient: string;
  messageId: string;
  attempts: number;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
};
export type VolumeSignup = SignupAnswers & {
  id: string;
  columns: ReturnType<typeof signupColumns>;
  status: Status;
  createdAt: Date;
  updatedAt: Date;
  submissionCount: number;
  version: number;
  statusChangedAt: Date | null;
  statusChangedBy: string | null;
  assigneeId: string | null;
  events: VolumeEvent[];
  notes: VolumeNote[];
  deliveries: VolumeDelivery[];
  steps: VolumeStep[];
  readiness: VolumeReadiness;
};

export type VolumeOptions = { seed: number; now: Date; staffIds: string[]; years?: number };

const DAY = 86_400_000;
export const STAFF_INBOX = "volunteers@example.org";
const ROLE_WEIGHTS = [
  ["attorney", 50],
  ["interpreter", 30],
  ["medical", 20],
] as const;

/** Older signups have been worked on more; some are never picked up (a backlog of `new`). */
function statusFor(random: Random, ageDays: number): Status {
  if (ageDays < 14)
    return weighted(random, [
      ["new", 80],
      ["contacted", 20],
    ] as const);
  if (ageDays < 90) {
    return weighted(random, [
      ["new", 35],
      ["contacted", 40],
      ["onboarding", 10],
      ["active", 8],
      ["declined", 7],
    ] as const);
  }
  return weighted(random, [
    ["new", 20],
    ["contacted", 35],
    ["onboarding", 5],
    ["active", 17],
    ["inactive", 13],
    ["declined", 10],
  ] as const);
}

/** The statuses a signup went through to reach `status`, in order. */
function pathTo(random: Random, status: Status): Status[] {
  const forward: Status[] = ["contacted", "onboarding", "active", "inactive"];
  if (status === "new") return [];
  if (status === "declined") return chance(random, 0.5) ? ["declined"] : ["contacted", "declined"];
  return forward.slice(0, forward.indexOf(status) + 1);
}

/** A moment after `from` and before `now`, usually nearer `from`. */
const later = (random: Random, from: Date, now: Date, share = 0.4) =>
  new Date(from.getTime() + (now.getTime() - from.getTime()) * (0.02 + share * random()));

type Kind = VolumeDelivery["kind"];

function deliveries(random: Random, person: Person, emails: [Kind, Date][]): VolumeDelivery[] {
  return emails.map(([kind, createdAt]) => {
    const isFailed = chance(random, kind === "volunteer_confirmation" ? 0.025 : 0.005);
    return {
      id: randomUUID(),
      kind,
      status: isFailed ? "failed" : "sent",
      recipient: kind === "staff_notification" ? STAFF_INBOX : person.email,
      messageId: `<${randomUUID()}@volunteer.example.org>`,
      attempts: isFailed ? 12 : 1,
      lastError: isFailed ? pick(random, MAIL_ERRORS) : null,
      sentAt: isFailed ? null : new Date(createdAt.getTime() + between(random, 2, 90) * 1000),
      createdAt,
    };
  });
}

export function createVolumeGenerator({ seed, now, staffIds, years = 3 }: VolumeOptions) {
  const random = seededRandom(seed);
  // Steps draw from their own stream, so adding them left every other synthetic value as it was.
  const stepRandom = seededRandom(seed ^ 0x5e7e95);
  const recent: Person[] = [];
  let serial = 0;

  /** Mostly new people; a few sign up again under another role (their "other signups"). */
  function person(): Person {
    serial += 1;
    if (recent.length > 0 && chance(random, 0.03)) return pick(random, recent);
    const made = newPerson(random, serial);
    recent.push(made);
    if (recent.length > 200) recent.shift();
    return made;
  }

  return function next(): VolumeSignup {
    const who = person();
    const role: Role = weighted(random, ROLE_WEIGHTS);
    const submission = volumeAnswers(random, role, who);
    const ageDays = years * 365 * (1 - Math.sqrt(random()));
    const createdAt = new Date(now.getTime() - Math.max(60_000, ageDays * DAY));
    const id = randomUUID();
    const events: VolumeEvent[] = [{ kind: "submitted", detail: null, actorId: null, createdAt }];
    let updatedAt = createdAt;
    let version = 1;

    // A resubmission within the day: the latest answers stay, the replaced ones go in the event.
    const resubmittedAt = new Date(createdAt.getTime() + between(random, 1, 20) * 3_600_000);
    const isResubmitted = chance(random, 0.05) && resubmittedAt < now;
    if (isResubmitted) {
      const previousAnswers = { ...submission.answers, hoursPerMonth: submission.answers.hoursPerMonth + 5 };
      events.push({ kind: "updated", detail: { previousAnswers }, actorId: null, createdAt: resubmittedAt });
      updatedAt = resubmittedAt;
      version += 1;
    }

    const status = statusFor(random, ageDays);
    let statusChangedAt: Date | null = null;
    let statusChangedBy: string | null = null;
    let from: Status = "new";
    for (const to of pathTo(random, status)) {
      statusChangedAt = later(random, statusChangedAt ?? updatedAt, now);
      statusChangedBy = pick(random, staffIds);
      events.push({
        kind: "status_changed",
        detail: { from, to },
        actorId: statusChangedBy,
        createdAt: statusChangedAt,
      });
      from = to;
      version += 1;
    }
    if (statusChangedAt) updatedAt = statusChangedAt;

    const assigneeId = chance(random, status === "new" ? 0.1 : 0.75) ? pick(random, staffIds) : null;
    if (assigneeId) {
      const assignedAt = later(random, createdAt, now);
      const detail = { assigneeId };
      events.push({ kind: "assigned", detail, actorId: pick(random, staffIds), createdAt: assignedAt });
      if (assignedAt > updatedAt) updatedAt = assignedAt;
      version += 1;
    }
    const noteCount =
      status === "new" ? (chance(random, 0.05) ? 1 : 0) : chance(random, 0.45) ? between(random, 1, 3) : 0;
    const notes = Array.from({ length: noteCount }, () => ({
      id: randomUUID(),
      authorId: assigneeId ?? pick(random, staffIds),
      body: pick(random, NOTES),
      createdAt: later(random, createdAt, now, 0.9),
    }));

    // A resubmission tells staff again; the volunteer already has their confirmation.
    const emails: [Kind, Date][] = [
      ["staff_notification", createdAt],
      ["volunteer_confirmation", createdAt],
    ];
    if (isResubmitted) emails.push(["staff_notification", resubmittedAt]);
    const sent = deliveries(random, who, emails);
    for (const delivery of sent.filter((d) => d.sentAt)) {
      events.push({
        kind: "email_sent",
        detail: { deliveryId: delivery.id, kind: delivery.kind },
        actorId: null,
        createdAt: delivery.sentAt!,
      });
    }
    events.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());

    return {
      ...submission,
      id,
      columns: signupColumns(submission),
      status,
      createdAt,
      updatedAt,
      submissionCount: isResubmitted ? 2 : 1,
      version,
      statusChangedAt,
      statusChangedBy,
      assigneeId,
      events,
      notes,
      deliveries: sent,
      ...volumeSteps(
        stepRandom,
        { role, status, answers: submission.answers, createdAt },
        staffIds,
        now,
        serial,
      ),
    };
  };
}
