"use client";

import { useEffect, useState } from "react";

// The table's header checkbox: ticks or unticks every row of this page for the bulk bar.
// Without JavaScript it is not shown (the rows can still be ticked one by one).

export function SelectPage({ formId, label }: { formId: string; label: string }) {
  const [state, setState] = useState<"none" | "some" | "all" | null>(null);
  const boxes = () => [...document.querySelectorAll<HTMLInputElement>(`input[form="${formId}"][name="ids"]`)];
  useEffect(() => {
    const read = () => {
      const all = boxes();
      const ticked = all.filter((box) => box.checked).length;
      setState(ticked === 0 ? "none" : ticked === all.length ? "all" : "some");
    };
    read();
    document.addEventListener("change", read);
    return () => document.removeEventListener("change", read);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [formId]);
  if (state === null) return null;
  return (
    <input
      type="checkbox"
      aria-label={label}
      checked={state === "all"}
      ref={(box) => {
        if (box) box.indeterminate = state === "some";
      }}
      onChange={(event) => {
        for (const box of boxes()) box.checked = event.target.checked;
        // One event for the listeners (the bulk bar's count, this box's own state).
        document.dispatchEvent(new Event("change"));
      }}
      className="h-5 w-5"
    />
  );
}
