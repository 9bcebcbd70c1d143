import type { InputHTMLAttributes } from "react";

/** A labelled input for the staff area's small forms. */
export function Field({
  label,
  id,
  ...input
}: { label: string; id: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <input
        id={id}
        {...input}
        className="mt-1 block w-full rounded-md border border-black/40 bg-white px-3 py-2 text-base"
      />
    </div>
  );
}

export function Notice({ tone, children }: { tone: "error" | "info"; children: React.ReactNode }) {
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      className={`mt-4 rounded-md border-l-4 p-4 font-medium ${tone === "error" ? "border-red-800 bg-red-50" : "border-brand bg-white"}`}
    >
      {children}
    </p>
  );
}

export const buttonClass =
  "mt-6 rounded-md bg-brand px-5 py-2.5 font-semibold text-white hover:bg-ink disabled:opacity-70";
