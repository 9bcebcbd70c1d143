import { format } from "../messages/format";
import type { Messages } from "../messages/en";

// Schemas speak in catalog keys, not sentences, so the same schema serves every language:
// an issue's message is `code` or `code?max=80`, put into words where it is shown.

export type ErrorCode = keyof Messages["forms"]["errors"];

export function errorCode(code: ErrorCode, params?: Record<string, number>): string {
  if (!params) return code;
  return `${code}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;
}

export function errorText(encoded: string, errors: Messages["forms"]["errors"]): string {
  const [code, query] = encoded.split("?", 2) as [string, string | undefined];
  const template = (errors as Record<string, string>)[code] ?? errors.invalid;
  return query ? format(template, Object.fromEntries(new URLSearchParams(query))) : template;
}
