import type { HistoryActor, HistoryEntry } from "@/lib/admin/signup-history";
import { formatDay, formatTime } from "@/lib/admin/record-time";
import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";
import { stepName, type StepTitles } from "@/lib/onboarding/step-words";

// A signup's history, oldest first: what happened, when and by whom, and for each
// resubmission the answers it changed, old and new.

type Props = {
  entries: HistoryEntry[];
  messages: Messages["admin"]["record"];
  statuses: Record<string, string>;
  /** The organization's zone (ORG_TIME_ZONE): every time shown is on its clock. */
  timeZone: string;
  /** The onboarding steps' titles (messages.onboarding.steps). */
  stepTitles: StepTitles;
};

function actorName(actor: HistoryActor, h: Props["messages"]["history"]) {
  if (actor.type === "staff") return actor.name;
  if (actor.type === "volunteer") return h.volunteer;
  if (actor.type === "former_staff") return h.formerStaff;
  return h.system;
}

function what(entry: HistoryEntry, m: Props["messages"], statuses: Props["statuses"], titles: StepTitles) {
  const h = m.history;
  const step = entry.step ? stepName(titles, entry.step, entry.stepPair || m.steps.anyPair) : "";
  const kinds: Record<string, string> = m.emails.kinds;
  const email = entry.emailKind ? (kinds[entry.emailKind] ?? entry.emailKind) : "";
  switch (entry.kind) {
    case "submitted":
      return h.submitted;
    case "updated":
      if (entry.isConfirmedProposal) return h.confirmed;
      return entry.isSelfService ? h.volunteerChanged : h.updated;
    case "update_proposed":
      return h.proposed;
    case "status_changed":
      return format(h.statusChanged, {
        from: statuses[entry.from ?? ""] ?? entry.from ?? "",
        to: statuses[entry.to ?? ""] ?? entry.to ?? "",
      });
    case "assigned":
      if (!entry.hasAssignee) return h.unassigned;
      return format(h.assigned, { name: entry.assigneeName ?? h.formerStaff });
    case "follow_up_set":
      return format(h.followUpSet, { date: formatDay(entry.followUpOn ?? "") });
    case "follow_up_cleared":
      return h.followUpCleared;
    case "note_added":
      return h.noteAdded;
    case "note_edited":
      return h.noteEdited;
    case "email_sent":
      return format(h.emailSent, { email });
    case "email_resent":
      return format(h.emailResent, { email });
    case "message_sent":
      return format(h.messageSent, { subject: entry.messageSubject ?? "" });
    case "do_not_contact":
      return h.doNotContact;
    case "volunteer_link_sent":
      return h.volunteerLinkSent;
    case "volunteer_opened":
      return h.volunteerOpened;
    case "training_registered":
      return h.trainingRegistered;
    case "training_cancelled":
      return h.trainingCancelled;
    case "volunteer_paused":
      return format(h.volunteerPaused, { date: formatDay(entry.until ?? "") });
    case "volunteer_withdrew":
      return h.volunteerWithdrew;
    case "volunteer_deleted":
      return h.volunteerDeleted;
    case "step_completed":
      return format(h.stepCompleted, { step });
    case "step_changed":
      return format(h.stepChanged, { step });
    case "step_cleared":
      return format(h.stepCleared, { step });
    default:
      return format(h.other, { kind: entry.kind });
  }
}

export function RecordHistory({ entries, messages: m, statuses, timeZone, stepTitles }: Props) {
  const h = m.history;
  return (
    <ol className="mt-3 space-y-3">
      {entries.map((entry) => (
        <li key={entry.id} className="border-l-4 border-brand/40 pl-3" data-event={entry.kind}>
          <p className="font-medium">{what(entry, m, statuses, stepTitles)}</p>
          <p className="text-sm text-muted">
            {format(h.byline, { time: formatTime(entry.at, timeZone), actor: actorName(entry.actor, h) })}
          </p>
          {entry.changes ? (
            entry.changes.length === 0 ? (
              <p className="mt-1">{h.noChanges}</p>
            ) : (
              <div className="mt-2">
                <p className="font-medium">{h.changes}</p>
                <dl className="mt-1 space-y-2">
                  {entry.changes.map((change) => (
                    <div key={change.name} data-change={change.name}>
                      <dt className="font-medium">{change.label}</dt>
                      <dd className="whitespace-pre-line break-words">
                        <span className="font-medium">{h.before}:</span> {change.before}
                      </dd>
                      <dd className="whitespace-pre-line break-words">
                        <span className="font-medium">{h.after}:</span> {change.after}
                      </dd>
                    </div>
                  ))}
                </dl>
              </div>
            )
          ) : null}
        </li>
      ))}
    </ol>
  );
}
