"use client";

import { useState, type FormEvent } from "react";
import type { Messages } from "@/lib/messages/en";
import { plural } from "@/lib/messages/plural";
import { postAuth, type AuthReply } from "./auth-request";
import { buttonClass, Field, Notice } from "./field";

type Step = "password" | "code" | "recovery";

function failureMessage(reply: AuthReply, m: Messages["admin"]["login"]): string {
  if (reply.code === "ACCOUNT_LOCKED") return plural("en", m.locked, Number(reply.message) || 15);
  if (reply.status === 429) return m.rateLimited;
  if (reply.status === 403) return m.deactivated;
  if (reply.status === 401 || reply.status === 400) return m.failed;
  return m.unavailable;
}

/** Email and password, then a TOTP or recovery code when the account has two-factor sign-in. */
export function SignInForm({ next, messages: m }: { next: string; messages: Messages["admin"]["login"] }) {
  const [step, setStep] = useState<Step>("password");
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsBusy(true);
    setError(null);
    const reply =
      step === "password"
        ? await postAuth("/sign-in/email", { email: form.get("email"), password: form.get("password") })
        : await postAuth(step === "code" ? "/two-factor/verify-totp" : "/two-factor/verify-backup-code", {
            code: String(form.get("code") ?? "").replace(/\s/g, ""),
          });
    setIsBusy(false);
    if (reply.status !== 200) {
      setError(
        step === "password" ? failureMessage(reply, m) : reply.status === 429 ? m.rateLimited : m.codeFailed,
      );
      return;
    }
    if (step === "password" && reply.data.twoFactorRedirect) {
      setStep("code");
      return;
    }
    window.location.assign(next);
  }

  return (
    <form
      onSubmit={submit}
      method="post"
      className="mt-6 rounded-lg bg-white p-5 shadow-sm"
      noValidate={false}
    >
      {error ? <Notice tone="error">{error}</Notice> : null}
      {step === "password" ? (
        <>
          <Field label={m.email} id="email" name="email" type="email" autoComplete="username" required />
          <Field
            label={m.password}
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            maxLength={512}
            required
          />
          <button type="submit" className={buttonClass} disabled={isBusy}>
            {isBusy ? m.submitting : m.submit}
          </button>
        </>
      ) : (
        <>
          <h2 className="text-xl font-semibold">{m.codeTitle}</h2>
          <Field
            key={step}
            label={step === "code" ? m.code : m.recoveryCode}
            id="code"
            name="code"
            autoComplete="one-time-code"
            inputMode={step === "code" ? "numeric" : "text"}
            required
            autoFocus
          />
          <button type="submit" className={buttonClass} disabled={isBusy}>
            {m.codeSubmit}
          </button>
          <p className="mt-4">
            <button
              type="button"
              className="text-brand underline"
              onClick={() => setStep(step === "code" ? "recovery" : "code")}
            >
              {step === "code" ? m.useRecovery : m.useApp}
            </button>
          </p>
        </>
      )}
    </form>
  );
}
