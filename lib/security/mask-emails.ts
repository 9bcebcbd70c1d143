const EMAIL = /[^\s<>"'@]+@[^\s<>"'@]+/g;

/** Replaces anything shaped like an email address with `<email>`, so text can be logged or shown to staff. */
export function maskEmails(text: string): string {
  return text.replace(EMAIL, "<email>");
}
