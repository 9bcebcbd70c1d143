import type { ReactNode } from "react";

/** One card of the record page, named by its heading for screen readers' landmarks list. */
export function RecordSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-6 rounded-lg bg-white p-4 shadow-sm sm:p-5">
      <h2 id={id} className="text-xl font-semibold text-brand">
        {title}
      </h2>
      {children}
    </section>
  );
}
