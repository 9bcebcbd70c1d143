import type { AttorneyAnswers, InterpreterAnswers, MedicalAnswers, SignupAnswers } from "../signup/forms";
import { OPTION_SETS, type Role } from "../signup/options";
import { between, chance, pick, someOf, weighted, type Random } from "./volume-random";
import * as words from "./volume-words";

// A synthetic volunteer's answers, shaped exactly as the role's form schema produces them
// (numbers as numbers, ticked boxes as true, options in the form's order, optional answers
// left out), so the record page and the export read them like real ones. The seed's test
// puts every generated answer back through the form's schema.

export type Person = { firstName: string; lastName: string; email: string; phone: string | undefined };

type About = Pick<AttorneyAnswers, "firstName" | "lastName" | "email" | "phone" | "city" | "state">;
type Closing = Pick<
  AttorneyAnswers,
  "hoursPerMonth" | "availability" | "heardAbout" | "anythingElse" | "consentContact" | "consentPrivacy"
>;

const ascii = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[^A-Za-z]/g, "")
    .toLowerCase();

const DOMAINS = ["example.org", "example.com", "example.net"];

export function newPerson(random: Random, serial: number): Person {
  const firstName = pick(random, words.FIRST_NAMES);
  const lastName = pick(random, words.LAST_NAMES);
  const local = `${ascii(firstName) || "v"}.${ascii(lastName) || "v"}.${serial}`;
  const phone = chance(random, 0.8)
    ? `+1 (${pick(random, ["505", "575", "915", "720"])}) 555-${String(between(random, 100, 9999)).padStart(4, "0")}`
    : undefined;
  return { firstName, lastName, email: `${local}@${pick(random, DOMAINS)}`, phone };
}

const language = (random: Random) => weighted(random, words.LANGUAGES);
const proficiency = (random: Random) => pick(random, OPTION_SETS.proficiency);

/** Other languages besides English, Spanish far the most often; attorneys and doctors often add English. */
function spokenLanguages(random: Random, withEnglish: number) {
  const names = new Set<string>([language(random).name]);
  if (chance(random, 0.2)) names.add(language(random).name);
  if (chance(random, withEnglish)) names.add("English");
  return [...names].map((name) => ({
    name,
    proficiency: name === "English" ? "native" : proficiency(random),
  }));
}

function about(random: Random, person: Person): About {
  const [city, state] = pick(random, words.PLACES);
  return { ...person, city, state };
}

function closing(random: Random): Closing {
  return {
    hoursPerMonth: pick(random, [2, 4, 5, 8, 10, 10, 15, 20, 30, 40]),
    availability: someOf(random, OPTION_SETS.availability, 1, 3),
    heardAbout: chance(random, 0.5) ? pick(random, words.HEARD_ABOUT) : undefined,
    anythingElse: chance(random, 0.25) ? pick(random, words.ANYTHING_ELSE) : undefined,
    consentContact: true,
    consentPrivacy: true,
  };
}

function attorney(random: Random, person: Person): AttorneyAnswers {
  const licenceStatus = weighted(random, [
    ["licensed_attorney", 70],
    ["doj_accredited", 10],
    ["law_student", 12],
    ["graduate_awaiting", 8],
  ] as const);
  const isLicensed = licenceStatus === "licensed_attorney";
  const year = new Date().getFullYear();
  const barAdmissions = isLicensed
    ? Array.from(
        {
          length: weighted(random, [
            [1, 80],
            [2, 15],
            [3, 5],
          ] as const),
        },
        () => {
          const jurisdiction = pick(random, words.JURISDICTIONS);
          const barNumber = `${ascii(jurisdiction).slice(0, 2).toUpperCase()}-${between(random, 1000, 99999)}`;
          return { jurisdiction, barNumber, year: between(random, 1978, year) };
        },
      )
    : [];
  return {
    ...about(random, person),
    licenceStatus,
    barAdmissions,
    goodStanding: isLicensed,
    organization: chance(random, 0.7) ? pick(random, words.ORGANIZATIONS) : undefined,
    yearsInPractice: isLicensed && chance(random, 0.85) ? between(random, 0, 45) : undefined,
    immigrationExperience: pick(random, OPTION_SETS.immigrationExperience),
    caseTypes: someOf(random, OPTION_SETS.caseTypes, 1, 4),
    casesPerYear: between(random, 1, 12),
    populations: someOf(random, OPTION_SETS.populations, 0, 2),
    courts: chance(random, 0.4) ? pick(random, words.COURTS) : undefined,
    wantsMentor: pick(random, OPTION_SETS.yesNo),
    malpractice: pick(random, OPTION_SETS.malpractice),
    languages: spokenLanguages(random, 0.6),
    ...closing(random),
  };
}

function medical(random: Random, person: Person): MedicalAnswers {
  const profession = pick(random, OPTION_SETS.profession);
  return {
    ...about(random, person),
    profession,
    professionOther: profession === "other" ? "Midwife" : undefined,
    specialty: chance(random, 0.6) ? pick(random, words.SPECIALTIES) : undefined,
    licenceLevel: weighted(random, [
      ["full", 75],
      ["resident", 15],
      ["associate", 10],
    ] as const),
    licenceState: pick(random, words.PLACES)[1],
    licenceNumber: `MD-${between(random, 100, 999999)}`,
    evaluationTypes: someOf(random, OPTION_SETS.evaluationTypes, 1, 3),
    istanbulTraining: pick(random, OPTION_SETS.istanbulTraining),
    priorEvaluations: between(random, 0, 300),
    settings: someOf(random, OPTION_SETS.medicalSettings, 1, 3),
    evaluationsPerYear: between(random, 1, 40),
    languages: spokenLanguages(random, 0.6),
    ...closing(random),
  };
}

/** Interpreters work between their own language and Spanish or English (Mam to Spanish is common). */
function interpreter(random: Random, person: Person): InterpreterAnswers {
  const own = language(random);
  const other = own.name === "Spanish" ? "English" : pick(random, ["Spanish", "Spanish", "English"]);
  const rows = [own.name, other].map((name) => ({
    name,
    dialect:
      own.dialects && name === own.name && chance(random, 0.7) ? pick(random, own.dialects) : undefined,
    spoken: name === own.name ? "native" : proficiency(random),
    written: proficiency(random),
  })) as InterpreterAnswers["languages"];
  const pairs: InterpreterAnswers["pairs"] = [
    { languageA: own.name, languageB: other, directions: someOf(random, OPTION_SETS.directions, 1, 2) },
  ];
  if (other === "Spanish" && chance(random, 0.4)) {
    pairs.push({ languageA: "Spanish", languageB: "English", directions: ["a_to_b"] });
  }
  const certifications = chance(random, 0.4)
    ? (["none"] as const)
    : someOf(
        random,
        OPTION_SETS.certifications.filter((c) => c !== "none"),
        1,
        2,
      );
  return {
    ...about(random, person),
    services: someOf(random, OPTION_SETS.services, 1, 3),
    certifications: [...certifications],
    certificationOther: certifications.includes("other" as never)
      ? pick(random, words.CERTIFICATION_OTHER)
      : undefined,
    languages: rows,
    pairs,
    ...closing(random),
    confidentialityPledge: true,
  };
}

export function volumeAnswers(random: Random, role: Role, person: Person): SignupAnswers {
  if (role === "attorney") return { role, answers: attorney(random, person) };
  if (role === "medical") return { role, answers: medical(random, person) };
  return { role, answers: interpreter(random, person) };
}
