import { question as q } from "../questions";

// The questions every form asks, in two parts: who you are first, then availability,
// anything else and consent last. Each role's questions go between them.

export const aboutYou = {
  firstName: q.text({
    section: "about",
    label: "firstName",
    required: true,
    refuseUrls: true,
    max: 80,
    autoComplete: "given-name",
    column: true,
  }),
  lastName: q.text({
    section: "about",
    label: "lastName",
    required: true,
    refuseUrls: true,
    max: 80,
    autoComplete: "family-name",
    column: true,
  }),
  email: q.email({ section: "about", label: "email", column: true }),
  phone: q.phone({ section: "about", label: "phone", column: true }),
  city: q.text({
    section: "about",
    label: "city",
    required: true,
    refuseUrls: true,
    max: 80,
    autoComplete: "address-level2",
    column: true,
  }),
  state: q.text({
    section: "about",
    label: "state",
    required: true,
    refuseUrls: true,
    max: 60,
    autoComplete: "address-level1",
    column: true,
  }),
};

/** Languages spoken, for attorneys and medical professionals (interpreters say more). */
export const spokenLanguages = {
  languages: q.group({
    section: "languages",
    label: "languages",
    min: 1,
    max: 12,
    row: {
      name: q.text({ label: "languageName", required: true, max: 60, refuseUrls: true }),
      proficiency: q.choice({ label: "proficiency", options: "proficiency", display: "select" }),
    },
  }),
};

export const closing = {
  hoursPerMonth: q.number({
    section: "availability",
    label: "hoursPerMonth",
    required: true,
    min: 1,
    max: 200,
    column: true,
  }),
  availability: q.choices({
    section: "availability",
    label: "availability",
    options: "availability",
    min: 1,
    column: true,
  }),
  heardAbout: q.text({ section: "more", label: "heardAbout", required: false, max: 200 }),
  anythingElse: q.longText({ section: "more", label: "anythingElse", max: 2000 }),
  consentContact: q.checkbox({ section: "consent", label: "consentContact", mustAgree: true }),
  consentPrivacy: q.checkbox({
    section: "consent",
    label: "consentPrivacy",
    mustAgree: true,
    href: "/privacy",
  }),
};
