import { describe, expect, it } from "vitest";
import { anonymisedAnswers } from "./anonymised-answers";

describe("anonymisedAnswers", () => {
  it("keeps an attorney's chosen options and numbers and drops everything typed", () => {
    const answers = {
      firstName: "Zebedee",
      lastName: "Quillfeather",
      email: "zq@example.com",
      phone: "+1 505 555 0199",
      city: "Taos",
      state: "NM",
      licenceStatus: "licensed_attorney",
      barAdmissions: [{ jurisdiction: "New Mexico", barNumber: "NM-999", year: 2015 }],
      goodStanding: true,
      organization: "Quillfeather Law",
      yearsInPractice: 9,
      caseTypes: ["defensive_asylum"],
      courts: "Albuquerque Immigration Court",
      languages: [{ name: "Spanish", proficiency: "fluent" }],
      hoursPerMonth: 10,
      availability: ["remote"],
      heardAbout: "My friend Zebedee",
      anythingElse: "Call me at home",
      consentContact: true,
    };
    expect(anonymisedAnswers("attorney", answers)).toEqual({
      licenceStatus: "licensed_attorney",
      goodStanding: true,
      yearsInPractice: 9,
      caseTypes: ["defensive_asylum"],
      hoursPerMonth: 10,
      availability: ["remote"],
      consentContact: true,
    });
  });

  it("drops an interpreter's language rows and a medical licence number", () => {
    expect(
      anonymisedAnswers("interpreter", {
        languages: [{ name: "Mam" }],
        pairs: [],
        services: ["consecutive"],
      }),
    ).toEqual({ services: ["consecutive"] });
    expect(
      anonymisedAnswers("medical", {
        licenceNumber: "PSY-1",
        licenceState: "MA",
        profession: "psychologist",
      }),
    ).toEqual({ profession: "psychologist" });
  });

  it("answers an empty object for answers that are not an object", () => {
    expect(anonymisedAnswers("medical", null)).toEqual({});
  });
});
