"use client";

import { useState, type FormEvent } from "react";
import { checkPassword, PASSWORD_MAX } from "@/lib/auth/password-policy";
import type { Messages } from "@/lib/messages/en";
import { postAuth } from "./auth-request";
import { DeadPasswordLink } from "./dead-password-link";
import { buttonClass, Field, Notice } from "./field";

type Words = Messages["admin"]["setPassword"];

function replyMessage(code: string | undefined, m: Words): string {
  if (code === "PASSWORD_COMMON") return m.common;
  if (code === "PASSWORD_TOOSHORT") return m.tooShort;
  if (code === "PASSWORD_TOOLONG") return m.tooLong;
  return m.invalidLink;
}

export function SetPasswordForm({ token, messages: m }: { token: string; messages: Words }) {
  const [error, setError] = useState<string | null>(token ? null : m.invalidLink);
  const [isDone, setIsDone] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  // The link died after the page opened (used in another tab, or replaced by a newer one).
  const [isDead, setIsDead] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    if (password !== String(form.get("confirm") ?? "")) return setError(m.mismatch);
    // The list of common passwords stays on the server; length is checked here at once.
    const check = checkPassword(password, () => false);
    if (!check.ok) return setError(check.reason === "tooShort" ? m.tooShort : m.tooLong);
    setIsBusy(true);
    const reply = await postAuth("/reset-password", { token, newPassword: password });
    setIsBusy(false);
    if (reply.status === 200) {
      setError(null);
      setIsDone(true);
    } else if (reply.code === "INVALID_TOKEN") setIsDead(true);
    else setError(replyMessage(reply.code, m));
  }

  if (isDead) return <DeadPasswordLink messages={m} />;
  if (isDone) {
    return (
      <>
        <Notice tone="info">{m.done}</Notice>
        <p className="mt-4">
          <a href="/admin/login">{m.signIn}</a>
        </p>
      </>
    );
  }
  return (
    <form onSubmit={submit} method="post" className="mt-6 rounded-lg bg-white p-5 shadow-sm">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Field
        label={m.password}
        id="password"
        name="password"
        type="password"
        autoComplete="new-password"
        maxLength={PASSWORD_MAX * 4}
        required
      />
      <Field
        label={m.confirm}
        id="confirm"
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
      />
      <button type="submit" className={buttonClass} disabled={isBusy || !token}>
        {m.submit}
      </button>
    </form>
  );
}
