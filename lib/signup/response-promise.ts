// The reply the thank-you page and the confirmation email promise: "within two weeks". Past
// it, the staff dashboard flags a signup still new. One number, where the texts say it in
// words; making it a setting means putting the number into those texts too (issue 20).
export const RESPONSE_PROMISE_DAYS = 14;
