// Its own module, without zod: the record page's note form imports it in the browser, and
// importing it from record-forms.ts pulled all of zod's core into a chunk the signup forms
// share (8 KiB more on every form page).

/** The longest private note, in characters: the form's maxlength and the server's check. */
export const NOTE_MAX = 4000;

/** A follow-up's reason: a few words, not a note (those have their own place). */
export const FOLLOW_UP_REASON_MAX = 200;
