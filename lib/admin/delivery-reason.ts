// A failed email's last error as staff see it: its codes (ECONNREFUSED, 550) when it has
// them, otherwise a few words. The full text stays in the row for whoever debugs the server.

const CODE = /^(?:[A-Z][A-Z0-9_]{2,}|\d{3})$/;
const MAX = 60;

export function shortReason(lastError: string | null): string | null {
  const text = lastError?.trim();
  if (!text) return null;
  const words = text.split(/\s+/);
  const codes = [];
  for (const word of words) {
    if (!CODE.test(word)) break;
    codes.push(word);
  }
  if (codes.length) return codes.join(" ");
  return text.length > MAX ? `${text.slice(0, MAX - 1).trimEnd()}…` : text;
}
