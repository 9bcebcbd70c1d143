import type { Messages } from "../messages/en";
import { format } from "../messages/format";
import { findStep } from "../onboarding/steps";
import { stepName } from "../onboarding/step-words";
import { formatDay } from "./record-time";
import { signupViewQuery, typeFilter, typeOptionSet, withoutCursor, type SignupView } from "./signup-view";

// The filters a view has on, each a chip that links to the same view without it, so one
// filter goes with one click and no script. The search and the order are not chips: the
// search box and the order stay in sight.

export type FilterChip = { key: keyof SignupView; label: string; href: string };

/** The chips' order, as the filters' controls are laid out. */
const CHIP_KEYS = [
  "role",
  "status",
  "language",
  "type",
  "setting",
  "supervision",
  "from",
  "to",
  "assignee",
  "email",
  "followUp",
  "readiness",
  "missingStep",
] as const satisfies readonly (keyof SignupView)[];

/** "Attorney: EOIR eRegistry number recorded": a step named with its role, as the select groups it. */
export function missingStepLabel(key: string, messages: Messages): string {
  const role = findStep(key)?.role;
  const step = stepName(messages.onboarding.steps, key, messages.admin.record.steps.anyPair);
  return role
    ? format(messages.admin.signupList.missingStepName, { role: messages.admin.signupList.roles[role], step })
    : step;
}

export function filterChips(
  view: SignupView,
  messages: Messages,
  staffNames: readonly { id: string; name: string }[],
): FilterChip[] {
  const m = messages.admin.signupList;
  const typeLabel = (value: string) => {
    const found = typeFilter(value);
    const set = found ? typeOptionSet(found.role) : undefined;
    return set ? ((messages.forms.options[set] as Record<string, string>)[value] ?? value) : value;
  };
  const describe: {
    [K in (typeof CHIP_KEYS)[number]]: (value: NonNullable<SignupView[K]>) => [string, string];
  } = {
    role: (v) => [m.role, m.roles[v]],
    status: (v) => [m.status, m.statuses[v]],
    language: (v) => [m.language, v],
    type: (v) => [m.type, typeLabel(v)],
    setting: (v) => [m.setting, messages.forms.options.availability[v]],
    supervision: (v) => [m.supervision, v === "yes" ? m.yes : m.no],
    from: (v) => [m.from, formatDay(v)],
    to: (v) => [m.to, formatDay(v)],
    assignee: (v) => [
      m.assignee,
      v === "me"
        ? m.assigneeMe
        : v === "none"
          ? m.assigneeNone
          : (staffNames.find((s) => s.id === v)?.name ?? v),
    ],
    email: () => [m.email, m.emailFailed],
    followUp: () => [m.followUp, m.followUpDue],
    readiness: (v) => [m.readiness, m.readinessValues[v]],
    missingStep: (v) => [m.missingStep, missingStepLabel(v, messages)],
  };
  const base = withoutCursor(view);
  return CHIP_KEYS.flatMap((key) => {
    const value = view[key];
    if (value === undefined) return [];
    const [name, shown] = (describe[key] as (v: typeof value) => [string, string])(value);
    const rest: SignupView = { ...base, [key]: undefined };
    return [
      {
        key,
        label: format(m.filterChip, { name, value: shown }),
        href: `/admin/signups${signupViewQuery(rest)}`,
      },
    ];
  });
}
