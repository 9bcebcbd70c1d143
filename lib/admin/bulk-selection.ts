import { z } from "zod";
import { parseSignupView, type SignupView } from "./signup-view";

// What a bulk action applies to: the rows ticked on the list's page, or every signup of the
// current view (its query string, as the list's URL has it, without its page).

export const BULK_IDS_MAX = 500;

export type Selection = { kind: "ids"; ids: string[] } | { kind: "view"; view: SignupView };

/** Read from a form's `scope`, `ids` (repeated) and `view` fields. */
export function selectionOf(form: FormData): Selection | null {
  const scope = form.get("scope");
  if (scope === "view") {
    const query = form.get("view");
    if (typeof query !== "string") return null;
    const { cursor: _page, ...view } = parseSignupView(new URLSearchParams(query));
    return { kind: "view", view };
  }
  const ids = z.array(z.uuid()).min(1).max(BULK_IDS_MAX).safeParse(form.getAll("ids"));
  return scope === "ids" && ids.success ? { kind: "ids", ids: [...new Set(ids.data)] } : null;
}
