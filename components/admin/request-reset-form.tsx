"use client";

import { useState, type FormEvent } from "react";
import type { Messages } from "@/lib/messages/en";
import { postAuth } from "./auth-request";
import { buttonClass, Field, Notice } from "./field";

/** The same answer whether or not the address has an account. */
export function RequestResetForm({ messages: m }: { messages: Messages["admin"]["reset"] }) {
  const [isSent, setIsSent] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = new FormData(event.currentTarget).get("email");
    await postAuth("/request-password-reset", { email, redirectTo: "/admin/set-password" });
    setIsSent(true);
  }

  if (isSent) return <Notice tone="info">{m.sent}</Notice>;
  return (
    <form onSubmit={submit} method="post" className="mt-6 rounded-lg bg-white p-5 shadow-sm">
      <Field label={m.email} id="email" name="email" type="email" autoComplete="username" required />
      <button type="submit" className={buttonClass}>
        {m.submit}
      </button>
    </form>
  );
}
