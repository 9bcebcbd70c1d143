import type { StaffMember } from "@/lib/auth/staff-accounts";
import type { Messages } from "@/lib/messages/en";
import { buttonClass, Field, Notice } from "./field";
import { StaffRoles } from "./staff-roles";

type Props = {
  members: (StaffMember & { isSelf: boolean })[];
  isTwoFactorRequired: boolean;
  outcome: string | undefined;
  messages: Messages["admin"];
  actions: {
    invite(form: FormData): Promise<void>;
    change(form: FormData): Promise<void>;
    resetTwoFactor(form: FormData): Promise<void>;
    requireTwoFactor(form: FormData): Promise<void>;
  };
};

function outcomeNotice(outcome: string | undefined, m: Messages["admin"]) {
  if (!outcome) return null;
  const text: Record<string, [string, "info" | "error"]> = {
    invited: [m.staff.invited, "info"],
    resent: [m.staff.resent, "info"],
    cancelled: [m.staff.cancelled, "info"],
    not_invited: [m.staff.notInvited, "error"],
    saved: [m.staff.done, "info"],
    exists: [m.staff.exists, "error"],
    self: [m.staff.notYourself, "error"],
    signed_out_everywhere: [m.staff.signedOutEverywhere, "info"],
    two_factor_reset: [m.staff.twoFactorReset, "info"],
    own_two_factor_needed: [m.staff.ownTwoFactorNeeded, "error"],
    code_refused: [m.staff.codeRefused, "error"],
    paused: [m.staff.paused, "error"],
    invalid: [m.errors.invalid, "error"],
  };
  const [message, tone] = text[outcome] ?? [m.errors.generic, "error"];
  return <Notice tone={tone}>{message}</Notice>;
}

function ChangeButton({
  userId,
  change,
  label,
  action,
}: {
  userId: string;
  change: string;
  label: string;
  action: Props["actions"]["change"];
}) {
  return (
    <form action={action} className="inline">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="change" value={change} />
      <button
        type="submit"
        className="rounded-md border border-brand px-2 py-1 text-base font-semibold text-brand"
      >
        {label}
      </button>
    </form>
  );
}

/** Another member's two-factor off, confirmed with the acting admin's own code. */
function ResetTwoFactor({
  userId,
  m,
  action,
}: {
  userId: string;
  m: Messages["admin"]["staff"];
  action: Props["actions"]["resetTwoFactor"];
}) {
  const codeId = `reset-code-${userId}`;
  return (
    <details className="mt-3">
      <summary className="cursor-pointer font-medium text-brand">{m.resetTwoFactor}</summary>
      <form action={action} className="mt-2">
        <input type="hidden" name="userId" value={userId} />
        <p id={`${codeId}-hint`} className="text-muted">
          {m.resetTwoFactorHint}
        </p>
        <label htmlFor={codeId} className="mt-2 block font-medium">
          {m.yourCode}
        </label>
        <input
          id={codeId}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]{6,8}"
          required
          aria-describedby={`${codeId}-hint`}
          className="mt-1 w-40 rounded-md border border-gray-400 px-3 py-2"
        />
        <button type="submit" className={buttonClass}>
          {m.resetTwoFactor}
        </button>
      </form>
    </details>
  );
}

export function StaffAccounts({ members, isTwoFactorRequired, outcome, messages, actions }: Props) {
  const m = messages.staff;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand">{m.title}</h1>
      {outcomeNotice(outcome, messages)}
      <ul className="mt-6 space-y-3">
        {members.map((member) => (
          <li key={member.id} className="rounded-lg bg-white p-4 shadow-sm" data-staff={member.email}>
            <p className="font-semibold">{member.name}</p>
            <p className="break-all text-muted">{member.email}</p>
            <p className="mt-1">
              {messages.roles[member.role]} ·{" "}
              {member.isInvited ? m.isInvited : member.isActive ? m.active : m.deactivated}
              {member.twoFactorEnabled ? ` · ${m.twoFactor}` : ""}
              {member.lockedMinutes > 0 ? ` · ${m.locked}` : ""}
            </p>
            <div className="mt-3 flex flex-wrap gap-2">
              {member.isSelf ? null : member.isInvited ? (
                <>
                  <ChangeButton userId={member.id} change="resend" label={m.resend} action={actions.change} />
                  <ChangeButton userId={member.id} change="cancel" label={m.cancel} action={actions.change} />
                </>
              ) : (
                <>
                  <ChangeButton
                    userId={member.id}
                    change={member.role === "admin" ? "reviewer" : "admin"}
                    label={member.role === "admin" ? m.makeReviewer : m.makeAdmin}
                    action={actions.change}
                  />
                  <ChangeButton
                    userId={member.id}
                    change={member.isActive ? "deactivate" : "reactivate"}
                    label={member.isActive ? m.deactivate : m.reactivate}
                    action={actions.change}
                  />
                  <ChangeButton
                    userId={member.id}
                    change="signout"
                    label={m.signOutEverywhere}
                    action={actions.change}
                  />
                </>
              )}
              {member.lockedMinutes > 0 ? (
                <ChangeButton userId={member.id} change="lift" label={m.liftLock} action={actions.change} />
              ) : null}
            </div>
            {member.twoFactorEnabled && !member.isSelf ? (
              <ResetTwoFactor userId={member.id} m={m} action={actions.resetTwoFactor} />
            ) : null}
          </li>
        ))}
      </ul>
      <StaffRoles messages={messages} />
      <section className="mt-8 rounded-lg bg-white p-5 shadow-sm">
        <h2 className="text-xl font-semibold text-brand">{m.invite}</h2>
        <form action={actions.invite}>
          <Field label={m.name} id="invite-name" name="name" autoComplete="off" maxLength={120} />
          <Field
            label={m.email}
            id="invite-email"
            name="email"
            type="email"
            autoComplete="off"
            required
            maxLength={254}
          />
          <fieldset className="mt-4">
            <legend className="font-medium">{m.role}</legend>
            {(["reviewer", "admin"] as const).map((role) => (
              <label key={role} className="mr-6 inline-flex items-center gap-2 py-1">
                <input
                  type="radio"
                  name="role"
                  value={role}
                  defaultChecked={role === "reviewer"}
                  className="h-5 w-5"
                />
                {messages.roles[role]}
              </label>
            ))}
          </fieldset>
          <button type="submit" className={buttonClass}>
            {m.send}
          </button>
        </form>
      </section>
      <section className="mt-8 rounded-lg bg-white p-5 shadow-sm">
        <h2 className="text-xl font-semibold text-brand">{messages.account.twoFactor}</h2>
        <form action={actions.requireTwoFactor}>
          <label className="mt-3 flex items-start gap-3">
            <input
              type="checkbox"
              name="required"
              defaultChecked={isTwoFactorRequired}
              className="mt-1 h-5 w-5"
            />
            <span>{m.requireTwoFactor}</span>
          </label>
          <button type="submit" className={buttonClass}>
            {m.save}
          </button>
        </form>
      </section>
    </>
  );
}
