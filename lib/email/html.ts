const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Every piece of user text goes through this before it is put in an email's HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** Escaped text with line breaks kept. */
export function htmlLines(text: string): string {
  return escapeHtml(text).replace(/\n/g, "<br>");
}
