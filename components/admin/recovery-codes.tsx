"use client";

import { useState } from "react";
import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";

/**
 * The recovery codes while they are shown (once, at enrolment): copied to the clipboard, with
 * the outcome announced, or downloaded as a text file (a data: link, so it needs no script).
 */
export function RecoveryCodes({
  codes,
  orgName,
  email,
  messages: m,
}: {
  codes: string[];
  orgName: string;
  email: string;
  messages: Messages["admin"]["account"];
}) {
  const [copied, setCopied] = useState<string>("");
  const file = [format(m.codesFileHeading, { org: orgName, email }), "", ...codes, ""].join("\n");

  async function copy() {
    try {
      await navigator.clipboard.writeText(codes.join("\n"));
      setCopied(m.codesCopied);
    } catch {
      setCopied(m.copyFailed);
    }
  }

  return (
    <>
      <p className="mt-4">{m.recoveryCodes}</p>
      <ul className="mt-2 grid grid-cols-2 gap-1 font-mono" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={copy}
          className="rounded-md border border-brand px-3 py-1.5 font-semibold text-brand"
        >
          {m.copyCodes}
        </button>
        <a href={`data:text/plain;charset=utf-8,${encodeURIComponent(file)}`} download={m.codesFileName}>
          {m.downloadCodes}
        </a>
      </div>
      <p role="status" className="mt-2 min-h-6">
        {copied}
      </p>
    </>
  );
}
