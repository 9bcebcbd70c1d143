// Where to go after signing in: a path of the staff area on this site, never elsewhere (no
// open redirect through `?next=`).
export function safeNextPath(value: unknown, fallback = "/admin"): string {
  if (typeof value !== "string") return fallback;
  if (!/^\/admin(?:[/?#]|$)/.test(value)) return fallback;
  if (/[\\\u0000-\u001f]/.test(value) || value.includes("//")) return fallback;
  return value;
}
