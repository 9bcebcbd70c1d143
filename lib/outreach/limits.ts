// Without zod: the template editor and the message form read these in the browser.

export const TEMPLATE_NAME_MAX = 80;
export const SUBJECT_MAX = 150;
export const BODY_MAX = 5000;
