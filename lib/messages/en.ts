// Every word a person reads on the site comes from here; another language is another file
// with the same shape (see ./index.ts).
export const en = {
  site: {
    skipToContent: "Skip to main content",
    tagline: "Pro bono volunteers",
    primaryNav: "Main",
    nav: { story: "The story", voices: "Volunteer voices", volunteer: "Volunteer", privacy: "Privacy" },
    footer: {
      contact: "Questions? Write to {email}.",
      rights: "© {year} {org}. Volunteer data is used only to match volunteers with our clients.",
    },
  },
  home: {
    title: "Pro bono work makes an enormous impact on immigration law clients",
    lead: "Asylum seekers, detained people and children face immigration judges, often without a lawyer. Volunteers change that.",
  },
  notFound: {
    title: "We could not find that page",
    body: "The link may be old or mistyped. You can read the pro bono story or choose a volunteer form.",
    home: "Go to the home page",
  },
  health: { ok: "ok", unreachable: "unreachable" },
} as const;

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };
export type Messages = Widen<typeof en>;
