// Apart from its schema (display-name-form.ts), so the account page's form gets the limit
// without loading zod with the page.

export const DISPLAY_NAME_MAX = 80;
