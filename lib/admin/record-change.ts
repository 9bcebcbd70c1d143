// How a staff change to a record (its status, its assignee, a note's text) is decided against
// the row as it is now: a change already in place is fine (a double click, or two people
// wanting the same), one made from an older version is refused instead of overwriting.

export type ChangeDecision = "apply" | "unchanged" | "stale";

export function decideChange<T>(
  row: { version: number; value: T },
  request: { version: number; value: T },
): ChangeDecision {
  if (row.value === request.value) return "unchanged";
  if (row.version !== request.version) return "stale";
  return "apply";
}

/** What a record's data functions answer; the action turns it into words. */
export type ChangeOutcome = "saved" | "unchanged" | "stale" | "not_found" | "not_author" | "invalid";
