import { format, getMessages } from "../../messages";
import { trainingLanguage, trainingWhen } from "../../trainings/time-words";
import { htmlLines } from "../html";
import { manageFooter } from "../manage-link";
import type { RenderedEmail } from "./staff-notification";

// The emails about a volunteer's place in a training: the confirmation (its .ics is attached by
// the sender) and the day-before reminder. Both say what, when (the organization's clock, zone
// named), where, and how to give the place back.

export type TrainingEmailInput = {
  kind: "training_confirmation" | "training_reminder";
  firstName: string;
  orgName: string;
  /** The language of the page they registered from. */
  locale: string;
  timeZone: string;
  training: {
    title: string;
    startsAt: Date;
    endsAt: Date;
    place: string | null;
    videoUrl: string | null;
    language: string;
    creditNote: string | null;
  };
  manageUrl: string;
};

/** What, when, where, language and credit, a line each (the email's middle and the calendar's description). */
export function trainingDetails(
  input: Pick<TrainingEmailInput, "locale" | "timeZone" | "training">,
): string[] {
  const m = getMessages(input.locale).trainings.emails;
  const t = input.training;
  return [
    t.title,
    format(m.when, { when: trainingWhen(t.startsAt, t.endsAt, input.locale, input.timeZone) }),
    t.place ? format(m.where, { place: t.place }) : null,
    t.videoUrl ? format(m.video, { url: t.videoUrl }) : null,
    format(m.language, { language: trainingLanguage(t.language, input.locale) }),
    t.creditNote ? format(m.credit, { note: t.creditNote }) : null,
  ].filter((line): line is string => line !== null);
}

export function renderTrainingEmail(input: TrainingEmailInput): RenderedEmail {
  const m = getMessages(input.locale).trainings.emails;
  const values = { name: input.firstName, org: input.orgName, title: input.training.title };
  const details = trainingDetails(input);
  const isConfirmation = input.kind === "training_confirmation";
  const paragraphs = [
    format(m.greeting, values),
    format(isConfirmation ? m.confirmation : m.reminder, values),
    details.join("\n"),
    ...(isConfirmation ? [m.calendar] : []),
    m.cancel,
    format(m.signature, values),
  ];
  const footer = manageFooter(input.locale, input.manageUrl);
  return {
    subject: format(isConfirmation ? m.confirmationSubject : m.reminderSubject, values),
    text: `${paragraphs.join("\n\n")}\n\n--\n${footer.text}`,
    html: `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">${paragraphs
      .map((p) => `<p>${htmlLines(p)}</p>`)
      .join("\n")}<hr>${footer.html}</body></html>`,
  };
}
