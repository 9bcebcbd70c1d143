"use client";

import { useState, useSyncExternalStore } from "react";

type Labels = { copy: string; copied: string; shareVia: string };

const noSubscription = () => () => {};
const browserCanShare = () => typeof navigator.share === "function";
// The server cannot know; it renders "Copy link" and the browser switches after hydration.
const serverCanShare = () => false;

/**
 * Uses the Web Share API where the browser has it, else copies the link. `url` is the page's
 * as the copy box shows it, with utm_source=copy: either way it leaves through a person's hands.
 */
export function CopyLinkButton({ url, title, labels }: { url: string; title: string; labels: Labels }) {
  const [copied, setCopied] = useState(false);
  const canShare = useSyncExternalStore(noSubscription, browserCanShare, serverCanShare);

  async function onClick() {
    if (canShare) {
      await navigator.share({ url, title }).catch(() => {});
      return;
    }
    await navigator.clipboard.writeText(url);
    setCopied(true);
  }

  return (
    <>
      <button
        type="button"
        onClick={onClick}
        className="rounded-md border border-brand px-3 py-2 font-semibold text-brand"
      >
        {canShare ? labels.shareVia : labels.copy}
      </button>
      <span role="status" className="text-base text-muted">
        {copied ? labels.copied : ""}
      </span>
    </>
  );
}
