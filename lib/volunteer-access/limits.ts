// Link requests allowed per hour. Per address: a volunteer who lost two emails can still ask a
// third time; a stranger cannot fill someone's inbox. Per client address: one person or one
// household trying a few addresses, not a list of them.
export const LINKS_PER_EMAIL_PER_HOUR = 3;
export const LINKS_PER_CLIENT_PER_HOUR = 10;
