"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/admin/action-result";
import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";
import { AccountNameForm } from "./account-name-form";
import { buttonClass, Field, Notice } from "./field";
import { RecoveryCodes } from "./recovery-codes";

type Result = ActionResult;
type Enrolment = Result & { qrSvg?: string; secret?: string; backupCodes?: string[] };
type FormAction<T> = (previous: T | null, form: FormData) => Promise<T>;

type Props = {
  name: string;
  email: string;
  orgName: string;
  isTwoFactorEnabled: boolean;
  isTwoFactorRequired: boolean;
  /**
   * `label`: browser, address and last use in words; `signedIn`: when, already in the
   * organization's zone (both worded on the server).
   */
  sessions: { id: string; isCurrent: boolean; signedIn: string; label: string }[];
  messages: Messages["admin"];
  actions: {
    setDisplayName: FormAction<Result>;
    changePassword: FormAction<Result>;
    startTwoFactor: FormAction<Enrolment>;
    confirmTwoFactor: FormAction<Result>;
    disableTwoFactor: FormAction<Result>;
    signOutOthers(previous: Result | null): Promise<Result>;
  };
};

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-8 rounded-lg bg-white p-5 shadow-sm">
      <h2 className="text-xl font-semibold text-brand">{title}</h2>
      {children}
    </section>
  );
}

function Outcome({ result }: { result: Result | null }) {
  if (!result?.message) return null;
  return <Notice tone={result.status === "ok" ? "info" : "error"}>{result.message}</Notice>;
}

/** A step the staff member confirms with their password (turning two-factor sign-in on or off). */
function ConfirmWithPassword(props: {
  action(form: FormData): void;
  result: Result | null;
  id: string;
  label: string;
  submit: string;
}) {
  return (
    <form action={props.action}>
      <Outcome result={props.result} />
      <Field
        label={props.label}
        id={props.id}
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <button type="submit" className={buttonClass}>
        {props.submit}
      </button>
    </form>
  );
}

export function AccountForms({
  name,
  email,
  orgName,
  isTwoFactorEnabled,
  isTwoFactorRequired,
  sessions,
  messages,
  actions,
}: Props) {
  const m = messages.account;
  const [password, changePassword] = useActionState(actions.changePassword, null);
  const [enrolment, startTwoFactor] = useActionState(actions.startTwoFactor, null);
  const [confirmed, confirmTwoFactor] = useActionState(actions.confirmTwoFactor, null);
  const [disabled, disableTwoFactor] = useActionState(actions.disableTwoFactor, null);
  const [signedOut, signOutOthers] = useActionState(actions.signOutOthers, null);
  const isOn = (isTwoFactorEnabled || confirmed?.status === "ok") && disabled?.status !== "ok";

  return (
    <>
      {isTwoFactorRequired ? <Notice tone="error">{m.twoFactorRequired}</Notice> : null}
      <Card title={m.displayName}>
        <AccountNameForm name={name} messages={m} action={actions.setDisplayName} />
      </Card>
      <Card title={m.twoFactor}>
        <p className="mt-2">{isOn ? m.twoFactorOn : m.twoFactorOff}</p>
        {isOn ? (
          <ConfirmWithPassword
            action={disableTwoFactor}
            result={disabled}
            id="disable-password"
            label={m.enablePassword}
            submit={m.disable}
          />
        ) : enrolment?.status === "ok" ? (
          <form action={confirmTwoFactor}>
            <p className="mt-4">{m.scan}</p>
            <div className="mt-4 w-56" dangerouslySetInnerHTML={{ __html: enrolment.qrSvg ?? "" }} />
            <p className="mt-2">
              {m.secretKey}: <code data-testid="totp-secret">{enrolment.secret}</code>
            </p>
            <RecoveryCodes codes={enrolment.backupCodes ?? []} orgName={orgName} email={email} messages={m} />
            <Outcome result={confirmed} />
            <Field
              label={m.confirmCode}
              id="confirm-code"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              required
            />
            <button type="submit" className={buttonClass}>
              {m.confirm}
            </button>
          </form>
        ) : (
          <ConfirmWithPassword
            action={startTwoFactor}
            result={enrolment}
            id="enable-password"
            label={m.enablePassword}
            submit={m.enable}
          />
        )}
      </Card>
      <Card title={m.password}>
        <form action={changePassword}>
          <Outcome result={password} />
          <Field
            label={m.currentPassword}
            id="current-password"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
          />
          <Field
            label={m.newPassword}
            id="new-password"
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
          />
          <button type="submit" className={buttonClass}>
            {m.changePassword}
          </button>
        </form>
      </Card>
      <Card title={m.sessions}>
        <ul className="mt-3 space-y-2">
          {sessions.map((session) => (
            <li key={session.id}>
              {session.label} · {format(m.signedInAt, { time: session.signedIn })}
              {session.isCurrent ? <strong> ({m.thisSession})</strong> : null}
            </li>
          ))}
        </ul>
        <form action={signOutOthers}>
          <Outcome result={signedOut} />
          <button type="submit" className={buttonClass}>
            {m.signOutOthers}
          </button>
        </form>
      </Card>
    </>
  );
}
