import { languageName } from "@/lib/i18n/language-name";
import { LOCALES } from "@/lib/i18n/languages";
import { getStaffMessages } from "@/lib/messages";
import { ROLES } from "@/lib/signup/options";
import { zoneName } from "@/lib/time/zoned";
import { format } from "@/lib/messages/format";

/** The session form's choices and its line about the clock, for the new and edit pages. */
export function trainingFormOptions(timeZone: string) {
  const admin = getStaffMessages().admin;
  return {
    roles: ROLES.map((role) => ({ value: role, label: admin.signupList.roles[role] })),
    languages: LOCALES.map((code) => ({ value: code, label: languageName(code, "en") })),
    timesIn: format(admin.trainings.timesIn, { zone: zoneName(timeZone) }),
  };
}
