// Word lists for synthetic signups (npm run db:seed:volume): names from the communities an
// immigration legal nonprofit's volunteers come from, with the accents, apostrophes and
// hyphens real names have, so search, sorting and the CSV meet them.

// prettier-ignore
export const FIRST_NAMES = [
  "José", "María", "Ana María", "Juan Pablo", "Guadalupe", "Alejandro", "Lucía", "Sofía", "Mateo",
  "Andrés", "Camila", "Valentina", "Diego", "Ximena", "Héctor", "Inés", "Raúl", "Mónica", "Ramón",
  "Nguyễn Thị", "Thảo", "Minh", "Huy", "Linh", "Zoë", "Chloé", "François", "Anaïs", "Hélène",
  "Jürgen", "Søren", "Björn", "Åsa", "Łukasz", "Zuzana", "Dvořák", "Ayşe", "Emre", "Çağla",
  "Siobhán", "Seán", "Niamh", "Oluwaseun", "Chiamaka", "Kwame", "Amara", "Fatima", "Mohammed",
  "Zahra", "Ahmad", "Farida", "Yusuf", "Layla", "Omar", "Nadia", "Wei", "Mei", "Hiroshi", "Yuki",
  "Priya", "Arjun", "Ananya", "Rahul", "Jean-Baptiste", "Marie-Claire", "Wideline", "Ricardo",
  "Esperanza", "Marisol", "Jesús", "Rosa", "Carmen", "Teresa", "Pedro", "Luis", "Elena", "Sarah",
  "Michael", "Emily", "David", "Jessica", "Daniel", "Rachel", "James", "Hannah", "Robert", "Laura",
  "Kateryna", "Oleksandr", "Dmitri", "Tatiana", "Goli", "Dariush", "Shabnam", "Habiba", "Abdi",
  "Hodan", "Tesfaye", "Selam", "Bao", "Tuấn", "Renée", "Noémie", "João", "Conceição", "Thiago",
];

// prettier-ignore
export const LAST_NAMES = [
  "García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez",
  "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Cruz", "Morales", "Ortiz", "Gutiérrez", "Chávez",
  "Ramos", "Núñez", "Peña", "Muñoz", "Ibáñez", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ",
  "O'Connor", "O'Brien", "D'Angelo", "McNamara", "Müller", "Schröder", "Weiß", "Jørgensen",
  "Kowalski", "Wiśniewska", "Novák", "Dvořáková", "Yılmaz", "Öztürk", "Şahin", "Adeyemi", "Okafor",
  "Mensah", "Haddad", "Al-Rashid", "Khoury", "Mansour", "Rahimi", "Karimi", "Ahmadzai", "Popal",
  "Wang", "Li", "Zhang", "Chen", "Tanaka", "Sato", "Patel", "Sharma", "Gupta", "Joseph",
  "Pierre-Louis", "Jean-Baptiste", "Baptiste", "Étienne", "Toussaint", "Smith", "Johnson",
  "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
  "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Young", "King", "Wright",
  "Shevchenko", "Kovalenko", "Ivanova", "Tesfaye", "Haile", "Warsame", "Farah", "Silva", "Santos",
  "Gonçalves", "Conceição", "Ixcoy", "Tzul", "Pacheco de León", "Domingo Pascual", "Xiloj", "Tum",
];

// prettier-ignore
export const PLACES: readonly (readonly [city: string, state: string])[] = [
  ["Albuquerque", "NM"], ["Albuquerque", "NM"], ["Albuquerque", "NM"], ["Santa Fe", "NM"],
  ["Las Cruces", "NM"], ["Española", "NM"], ["Taos", "NM"], ["Rio Rancho", "NM"], ["Gallup", "NM"],
  ["Socorro", "NM"], ["El Paso", "TX"], ["Austin", "TX"], ["San Antonio", "TX"], ["Denver", "CO"],
  ["Phoenix", "AZ"], ["Tucson", "AZ"], ["Los Angeles", "CA"], ["Oakland", "CA"], ["Chicago", "IL"],
  ["New York", "NY"], ["Boston", "MA"], ["Miami", "FL"], ["Seattle", "WA"], ["Minneapolis", "MN"],
];

// prettier-ignore
export const JURISDICTIONS = [
  "New Mexico", "Texas", "Colorado", "Arizona", "California", "New York", "Illinois",
  "Massachusetts", "District of Columbia", "Florida",
];

// prettier-ignore
export const ORGANIZATIONS = [
  "Wilcox, Myers & Jones", "Rodey Law", "Sutin, Thayer & Browne", "Modrall Sperling",
  "Peifer, Hanson, Mullins & Baker", "Legal Aid of the Southwest", "UNM School of Law Clinic",
  "Office of the Public Defender", "Montgomery & Andrews", "Solo practice", "García & Nguyễn LLP",
  "Ortiz Immigration Law", "Dvořák Legal Services",
];

// prettier-ignore
export const COURTS = [
  "Albuquerque Immigration Court", "El Paso Immigration Court", "Otay Mesa Immigration Court",
  "Denver Immigration Court", "Board of Immigration Appeals", "Tenth Circuit Court of Appeals",
];

// prettier-ignore
export const SPECIALTIES = [
  "Trauma", "Family medicine", "Child psychology", "Emergency medicine", "Gynecology",
  "Dermatology", "Psychiatry", "Neurology", "Forensic psychology",
];

// prettier-ignore
export const HEARD_ABOUT = [
  "A colleague", "The state bar newsletter", "A testimonial shared online", "Pro Bono Week",
  "My law school clinic", "A friend who volunteers", "A CLE session", "Our hospital's outreach list",
];

export const ANYTHING_ELSE = [
  "I can start next month.",
  "Weekends work best.\nI am away in August.",
  "Happy to mentor newer volunteers.",
  "I'd like to help with children's cases first.",
  "I can travel to Otero and Torrance County detention centers.",
  "Evenings only, please.",
];

export const CERTIFICATION_OTHER = [
  "Community interpreter certificate",
  "Medical interpreter (CCHI)",
  "University translation diploma",
];

export const NOTES = [
  "Left a voicemail; will try again Thursday.",
  "Spoke on the phone: available from next month, prefers remote work.",
  "Sent the onboarding packet and the confidentiality agreement.",
  "Asked for a copy of the bar card.",
  "Paired with a mentor for the first case.",
  "Not available until the spring; follow up in March.",
  "Interested in detention visits; needs the facility clearance form.",
  "Completed the training session.",
  "Declined: moving out of state.",
  "Good fit for the children's docket.",
  "Email bounced; trying the phone number instead.",
  "Took a first asylum declaration; went well.",
];

export const MAIL_ERRORS = [
  "550 5.1.1 The email account that you tried to reach does not exist",
  "connect ETIMEDOUT 127.0.0.1:2525",
  "452 4.2.2 Mailbox full",
];

/** A language and its dialects, when a speaker would name one. */
export type Language = { name: string; dialects?: readonly string[] };

/** The languages volunteers name besides English, most often first (by weight). */
export const LANGUAGES: readonly (readonly [Language, number])[] = [
  [{ name: "Spanish" }, 60],
  [{ name: "Mam", dialects: ["Todos Santos Cuchumatán", "San Marcos", "Tacaná"] }, 5],
  [{ name: "K'iche'", dialects: ["Nahualá", "Totonicapán", "Santa Cruz del Quiché"] }, 5],
  [{ name: "Q'anjob'al", dialects: ["Santa Eulalia", "San Juan Ixcoy"] }, 3],
  [{ name: "Portuguese" }, 4],
  [{ name: "Haitian Creole" }, 4],
  [{ name: "French" }, 5],
  [{ name: "Arabic", dialects: ["Levantine", "Egyptian", "Iraqi"] }, 4],
  [{ name: "Dari" }, 3],
  [{ name: "Pashto" }, 2],
  [{ name: "Vietnamese" }, 2],
  [{ name: "Ukrainian" }, 2],
  [{ name: "Russian" }, 2],
  [{ name: "Mandarin" }, 2],
  [{ name: "Tigrinya" }, 1],
  [{ name: "Somali" }, 1],
  [{ name: "Swahili" }, 1],
];
