import { format, getMessages } from "../../messages";
import { trainingLanguage, trainingWhen } from "../../trainings/time-words";
import { htmlLines } from "../html";
import { manageFooter } from "../manage-link";
import type { TrainingEmailKind } from "../../trainings/training-emails";
import type { RenderedEmail } from "./staff-notification";

// The emails about a volunteer's place in a training: the confirmation, a change of time or
// place, and a cancellation (each with an .ics the sender attaches), and the day-before
// reminder. Each says what, when (the organization's clock, zone named), where, and how to give
// the place back or find another session.

export type TrainingEmailInput = {
  kind: TrainingEmailKind;
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

/** The subject, the opening line and the closing line of each kind of training email. */
function wordsFor(kind: TrainingEmailKind, m: ReturnType<typeof getMessages>["trainings"]["emails"]) {
  switch (kind) {
    case "training_confirmation":
      return { subject: m.confirmationSubject, opening: m.confirmation, closing: [m.calendar, m.cancel] };
    case "training_reminder":
      return { subject: m.reminderSubject, opening: m.reminder, closing: [m.cancel] };
    case "training_changed":
      return { subject: m.changedSubject, opening: m.changed, closing: [m.calendarChanged, m.cancel] };
    case "training_cancelled":
      return { subject: m.cancelledSubject, opening: m.cancelled, closing: [m.calendarCancelled, m.another] };
  }
}

export function renderTrainingEmail(input: TrainingEmailInput): RenderedEmail {
  const m = getMessages(input.locale).trainings.emails;
  const values = { name: input.firstName, org: input.orgName, title: input.training.title };
  const words = wordsFor(input.kind, m);
  const paragraphs = [
    format(m.greeting, values),
    format(words.opening, values),
    trainingDetails(input).join("\n"),
    ...words.closing,
    format(m.signature, values),
  ];
  const footer = manageFooter(input.locale, input.manageUrl);
  return {
    subject: format(words.subject, values),
    text: `${paragraphs.join("\n\n")}\n\n--\n${footer.text}`,
    html: `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">${paragraphs
      .map((p) => `<p>${htmlLines(p)}</p>`)
      .join("\n")}<hr>${footer.html}</body></html>`,
  };
}
