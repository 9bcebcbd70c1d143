// Every word a person reads on the site comes from here; another language is another file
// with the same shape (see ./index.ts). The story's words are the source page's, as given.
export const en = {
  site: {
    skipToContent: "Skip to main content",
    tagline: "Pro bono volunteers",
    primaryNav: "Main",
    nav: { story: "The story", voices: "Volunteer voices", volunteer: "Volunteer", privacy: "Privacy" },
    footer: {
      contact: "Questions? Write to {email}.",
      privacy: "How we use volunteers’ information",
      rights: "© {year} {org}",
    },
  },
  home: {
    title: "Pro bono work makes an enormous impact on immigration law clients",
    metaDescription:
      "Attorneys, medical professionals, translators and interpreters: volunteer so that no one faces an immigration judge alone.",
    lead: "Asylum seekers, detained people and children face immigration judges, often without a lawyer. Your skills can change that.",
    jumpToSignup: "Sign up to volunteer",
    storyHeading: "Pro Bono work makes an enormous impact on immigration law clients",
    story: [
      "Asylum seekers, those facing deportation, undocumented survivors of abuse, or young people seeking higher education or looking to apply for citizenship: are all required to face immigration judges along their paths. Most of these cases calls for guidance from professionals, be it attorneys, interpreters or translators. These services are essential. Yet for those with little financial resources, navigating the court system without representation can be daunting, stress-inducing and seemingly impossible. Without representation or guidance, the result for many is facing deportation.",
      "Thankfully, there are already a good number of attorneys, interpreters and translators helping to make a difference in the lives of many immigrants. There are also organizations that help recruit pro bono volunteers and line up clients for them. And finally, there is a National Pro Bono Week — October 23-27 — that celebrates the efforts of pro bono workers brand stresses the continued need for their services.",
      "The New Mexico Immigration Law Center recently highlighted the work of many of its pro bono volunteers in a social media campaign this past week, capturing the reasons they continue to offer their services. What follows has hopefully shed a little more light on the need for pro bono work, and served as an example for others to do the same in the future.",
      "If you or someone you know has the skillset and time to help NMILC’s clients (or anyone in need of professional services), please send them a link to our signup forms:",
    ],
    signupHeading: "Sign up to volunteer",
    voicesHeading: "In our volunteers’ words",
    allVoices: "Read every volunteer’s story",
    proBonoWeek: {
      heading: "National Pro Bono Week",
      body: "{dates}: a week that celebrates pro bono volunteers and the continued need for their help. It is a good week to take your first case.",
    },
  },
  roles: {
    attorney: {
      title: "Attorneys",
      description: "Licensed attorneys, DOJ accredited representatives and supervised law students.",
      action: "Sign up as an attorney",
    },
    medical: {
      title: "Medical Professionals",
      description: "Physicians, psychologists, counselors and nurses who do forensic evaluations.",
      action: "Sign up as a medical professional",
    },
    interpreter: {
      title: "Translators/Interpreters",
      description:
        "Spanish, Indigenous languages of Central America such as Mam, K’iche’ and Q’anjob’al, and more.",
      action: "Sign up as a translator or interpreter",
    },
  },
  voices: {
    title: "Volunteer voices",
    lead: "Attorneys, law students, accredited representatives and clinicians on why they give their time.",
    metaDescription: "Pro bono volunteers on why they give their time to immigrants facing the courts.",
    readMore: "Read {name}’s words",
    otherVoices: "More volunteer voices",
    joinHeading: "Join them",
    joinBody: "Every volunteer means one more person who does not face an immigration judge alone.",
    chooseForm: "Choose your volunteer form",
    quoteBy: "Words of {name}",
    cardAlt: "A pro bono volunteer’s words, with their name",
    shareTitle: "{name} on volunteering with {org}",
  },
  share: {
    heading: "Share these words",
    email: "Email",
    x: "X",
    facebook: "Facebook",
    linkedin: "LinkedIn",
    copy: "Copy link",
    copied: "Link copied",
    shareVia: "Share…",
    linkLabel: "Link to this page",
    newWindow: "(opens in a new tab)",
    emailBody: "{quote}\n\n— {name}\n\n{url}",
  },
  privacy: {
    title: "Privacy",
    metaDescription: "What we collect from volunteers, why, who sees it, and how to have it deleted.",
    sections: [
      {
        heading: "What we collect",
        body: "When you sign up we keep what you write in the form: your name, email, phone number if you give one, city and state, languages, availability, and the answers about your profession, licence or certifications, and experience.",
      },
      {
        heading: "Why",
        body: "Only to contact you about volunteering, match you with clients who need your skills, and keep track of your volunteer work. We do not sell, rent or share your information for marketing, and this site uses no advertising or tracking scripts.",
      },
      {
        heading: "Who sees it",
        body: "Staff of {org} who coordinate volunteers. Your answers are emailed to the staff inbox for your kind of volunteering and stored in our database, which only signed-in staff can read.",
      },
      {
        heading: "How long we keep it",
        body: "For as long as you volunteer with us, and then until you ask us to delete it.",
      },
      {
        heading: "Deleting or correcting your information",
        body: "Write to {email} from the address you signed up with and we will delete or correct your information, usually within two weeks, and confirm when it is done.",
      },
    ],
  },
  notFound: {
    title: "We could not find that page",
    body: "The link may be old or mistyped. These pages may be what you were looking for:",
    home: "The pro bono story",
    voices: "Volunteer voices",
    volunteer: "Volunteer sign-up forms",
  },
} as const;

type Widen<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Widen<U>[]
    : { readonly [K in keyof T]: Widen<T[K]> };
export type Messages = Widen<typeof en>;
