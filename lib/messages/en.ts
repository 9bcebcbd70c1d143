import type { OptionLabels } from "../signup/options";

// Every word a person reads on the site comes from here; another language is another file
// with the same shape (see ./index.ts). The story's words are the source page's, as given.
export const en = {
  site: {
    skipToContent: "Skip to main content",
    tagline: "Pro bono volunteers",
    primaryNav: "Main",
    nav: { story: "The story", voices: "Volunteer voices", volunteer: "Volunteer" },
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
  volunteer: {
    title: "Volunteer with us",
    metaDescription:
      "Choose your form: attorneys, medical professionals, or translators and interpreters. It takes a few minutes.",
    lead: "Choose the form for your skills. It takes a few minutes, and a staff member will write to you.",
    forms: {
      attorney: {
        title: "Sign up: attorneys",
        lead: "For licensed attorneys, DOJ accredited representatives, supervised law students and graduates awaiting admission. Training and mentors are available.",
      },
      medical: {
        title: "Sign up: medical professionals",
        lead: "For physicians, psychologists, psychiatrists, social workers, counselors and nurses who can do forensic evaluations. Residents and associate-level licensees work under supervision.",
      },
      interpreter: {
        title: "Sign up: translators and interpreters",
        lead: "Immigration court urgently needs Indigenous languages of Central America such as Mam, K’iche’ and Q’anjob’al, as well as Spanish and others.",
      },
    },
    requiredNote: "All questions are required unless marked optional.",
    thanks: {
      title: "Thank you for signing up",
      updated:
        "We already had a signup from you for this role in the last day, so we updated it with your new answers.",
      body: "We have your answers and have sent you a confirmation email. A member of our staff will write to you within two weeks to talk about how you can help.",
      contact: "Questions in the meantime? Write to {email}.",
      voices: "Read what other volunteers say",
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
  forms: {
    errors: {
      required: "Please fill this in.",
      invalid: "Please check this answer.",
      tooLong: "Please keep this under {max} characters.",
      tooMany: "Please list at most {max}.",
      control: "Please remove line breaks and special characters.",
      markup: "Please remove HTML tags and code.",
      email: "Please enter one email address, like name@example.org.",
      phone: "Please enter a phone number with at least 7 digits, or leave it empty.",
      number: "Please enter a whole number from {min} to {max}.",
      choose: "Please choose one.",
      chooseAtLeastOne: "Please choose at least one.",
      addAtLeastOne: "Please add at least one.",
      mustAgree: "Please tick this box to continue.",
      barAdmissionRequired: "Licensed attorneys: please add at least one bar admission.",
      goodStandingRequired: "Licensed attorneys: please confirm your good standing.",
      professionOther: "Please tell us your profession.",
      certificationOther: "Please name the certification.",
      samePairLanguage: "Please name two different languages.",
    },
    summary: "Please correct {count} answers below.",
    summaryOne: "Please correct the answer below.",
    saveFailed: "We could not save this, please try again in a minute. Nothing you typed was lost.",
    rateLimited: "Too many signups from here in a short time. Please wait a few minutes and try again.",
    staleForm: "This form was open too long or was changed. Please check your answers and send it again.",
    crossOrigin:
      "This form can only be sent from our own website. Please open the form there and send it again.",
    crossOriginKept:
      "This form was opened at another address of our website, so it could not be sent from there. We kept your answers below: please check them and send the form again.",
    submit: "Send my signup",
    submitting: "Sending…",
    optional: "optional",
    addRow: "Add another",
    rowCap: "You have added as many as this form takes ({max}).",
    characterLimit: "You can enter up to {max} characters.",
    charactersLeft: "You have {count} characters remaining.",
    charactersLeftOne: "You have 1 character remaining.",
    charactersOver: "You have {count} characters too many.",
    charactersOverOne: "You have 1 character too many.",
    honeypot: "Leave this field empty",
    sections: {
      about: "About you",
      practice: "Your practice",
      profession: "Your profession",
      services: "Your services",
      languages: "Languages",
      availability: "Availability",
      more: "Anything else",
      consent: "Consent",
    },
    questions: {
      firstName: { label: "First name" },
      lastName: { label: "Last name" },
      email: { label: "Email" },
      phone: { label: "Phone" },
      city: { label: "City" },
      state: { label: "State" },
      languages: { label: "Languages you speak" },
      languageName: { label: "Language" },
      proficiency: { label: "Proficiency" },
      hoursPerMonth: { label: "Hours per month you can give" },
      availability: { label: "How you can help" },
      heardAbout: { label: "How did you hear about us?" },
      anythingElse: { label: "Anything else you would like us to know" },
      consentContact: { label: "I agree to be contacted about volunteering." },
      consentPrivacy: { label: "I have read the privacy notice.", link: "Read the privacy notice" },
      licenceStatus: { label: "I am a" },
      barAdmissions: { label: "Bar admissions", hint: "Licensed attorneys: at least one." },
      jurisdiction: { label: "Jurisdiction" },
      barNumber: { label: "Bar number" },
      yearAdmitted: { label: "Year admitted" },
      goodStanding: { label: "I am in good standing in every jurisdiction where I am admitted." },
      organization: { label: "Firm or organization" },
      yearsInPractice: { label: "Years in practice" },
      immigrationExperience: { label: "Immigration law experience" },
      caseTypes: { label: "Case types you are interested in" },
      casesPerYear: { label: "Cases you could take per year" },
      populations: { label: "Clients you are willing to represent" },
      courts: { label: "Immigration courts you can appear in" },
      wantsMentor: { label: "Would you like a mentor?" },
      malpractice: { label: "Malpractice coverage" },
      profession: { label: "Profession" },
      professionOther: { label: "Your profession, if other" },
      specialty: { label: "Specialty" },
      licenceLevel: { label: "Licence level" },
      licenceState: { label: "Licence state" },
      licenceNumber: { label: "Licence number" },
      evaluationTypes: { label: "Evaluations you can do" },
      istanbulTraining: { label: "Istanbul Protocol or asylum-medicine training" },
      priorEvaluations: { label: "Asylum evaluations done so far" },
      medicalSettings: { label: "Where you can evaluate" },
      evaluationsPerYear: { label: "Evaluations you could do per year" },
      services: { label: "Services you offer" },
      certifications: { label: "Certifications" },
      certificationOther: { label: "Other certification" },
      interpreterLanguages: {
        label: "Your languages",
        hint: "Include Indigenous languages such as Mam, K’iche’ or Q’anjob’al, and the variety you speak.",
      },
      dialect: { label: "Dialect or variety" },
      spoken: { label: "Spoken" },
      written: { label: "Written" },
      pairs: {
        label: "Language pairs you work in",
        hint: "Two languages each; English need not be one of them (for example Mam and Spanish).",
      },
      pairLanguageA: { label: "Language" },
      pairLanguageB: { label: "Other language" },
      directions: { label: "Directions you work in" },
      confidentialityPledge: {
        label: "I will keep everything I learn about clients and their cases confidential.",
      },
    },
    options: {
      proficiency: {
        native: "Native",
        fluent: "Fluent",
        professional: "Professional",
        conversational: "Conversational",
        basic: "Basic",
      },
      availability: { remote: "Remote", in_person: "In person", detention: "Detention visits" },
      licenceStatus: {
        licensed_attorney: "Licensed attorney",
        doj_accredited: "DOJ accredited representative",
        law_student: "Law student under supervision",
        graduate_awaiting: "Graduate awaiting admission",
      },
      immigrationExperience: { none: "None", some: "Some", extensive: "Extensive" },
      caseTypes: {
        affirmative_asylum: "Affirmative asylum",
        defensive_asylum: "Defensive asylum and removal defense",
        detention_bond: "Detention and bond",
        sijs_children: "SIJS and other children’s cases",
        u_t_visas: "U and T visas",
        vawa: "VAWA",
        daca: "DACA",
        naturalization: "Naturalization",
        family_petitions: "Family petitions",
        appeals: "Appeals",
      },
      populations: {
        detained_adults: "Detained adults",
        children: "Children",
        criminal_records: "People with criminal records",
      },
      yesNo: { yes: "Yes", no: "No" },
      malpractice: {
        through_firm: "Through my firm",
        need_organization: "I need the organization’s coverage",
        not_sure: "Not sure",
      },
      profession: {
        physician: "Physician",
        psychologist: "Psychologist",
        psychiatrist: "Psychiatrist",
        clinical_social_worker: "Clinical social worker",
        counselor: "Counselor",
        np_pa: "Nurse practitioner or physician assistant",
        nurse: "Nurse",
        other: "Other",
      },
      licenceLevel: {
        full: "Fully licensed",
        resident: "Resident or fellow",
        associate: "Associate-level licensee",
      },
      evaluationTypes: {
        forensic_physical: "Forensic physical",
        psychological: "Psychological",
        psychiatric: "Psychiatric",
        gynecological: "Gynecological",
        record_review: "Record review or affidavit",
        testimony: "Testimony",
      },
      istanbulTraining: { done: "Done", would_like: "I would like training", no: "No" },
      medicalSettings: { clinic: "Clinic", detention: "Detention visits", telehealth: "Telehealth" },
      services: {
        document_translation: "Document translation",
        consecutive: "Consecutive interpreting",
        simultaneous: "Simultaneous interpreting",
        phone_video: "Phone or video interpreting",
        sight_translation: "Sight translation",
      },
      directions: {
        a_to_b: "From the first language into the other",
        b_to_a: "From the other language into the first",
      },
      certifications: {
        court_state: "Court certified (state)",
        court_federal: "Court certified (federal)",
        ata: "ATA (translation)",
        medical: "Medical interpreter (CCHI or NBCMI)",
        other: "Other",
        none: "None",
      },
    },
  },
  emails: {
    roleNames: {
      attorney: "attorney",
      medical: "medical professional",
      interpreter: "translator/interpreter",
    },
    staff: {
      subject: "New {role} signup: {name}",
      subjectUpdated: "Updated {role} signup: {name}",
      intro: "A new {role} volunteer signed up on the website.",
      introUpdated:
        "A {role} volunteer sent the form again within 24 hours; the signup now has these answers.",
      reply: "Reply to this email to write to the volunteer.",
      adminLink: "Open the signup in the admin area",
    },
    confirmation: {
      subject: "Thank you for volunteering with {org}",
      greeting: "Dear {name},",
      thanks:
        "Thank you for signing up to volunteer as a {role}. Every volunteer means one more person who does not face an immigration judge alone.",
      next: "What happens next: a member of our staff will read your answers and write to you within two weeks to talk about how you can help, and about training and mentoring if you want them.",
      contact: "Questions in the meantime? Write to {email}.",
      signature: "With gratitude,\n{org}",
    },
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

// Every option value the forms offer has exactly one label here, checked by the compiler.
const optionLabelsMatch: KeysMatch<typeof en.forms.options, OptionLabels> = true;
void optionLabelsMatch;

type KeysMatch<A, B> = [keyof A] extends [keyof B]
  ? [keyof B] extends [keyof A]
    ? {
        [K in keyof A & keyof B]: [keyof A[K]] extends [keyof B[K]]
          ? [keyof B[K]] extends [keyof A[K]]
            ? true
            : false
          : false;
      }[keyof A & keyof B] extends true
      ? true
      : false
    : false
  : false;

type Widen<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Widen<U>[]
    : { readonly [K in keyof T]: Widen<T[K]> };
export type Messages = Widen<typeof en>;
