import { OwnTrainings } from "@/components/volunteer/own-trainings";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { format, getMessages } from "@/lib/messages";
import { plural } from "@/lib/messages/plural";
import type { Role } from "@/lib/signup/options";
import { zoneName } from "@/lib/time/zoned";
import { listOwnTrainings } from "@/lib/trainings/own-trainings";
import { trainingLanguage, trainingWhen } from "@/lib/trainings/time-words";
import { currentVolunteerSession } from "./current-session";
import { cancelTrainingAction, registerTrainingAction } from "./training-actions";

// The trainings part of a volunteer's signup page: read here (components/ do not reach the
// database) and drawn by components/volunteer/own-trainings.tsx.

type Props = {
  signup: { id: string; role: Role; status: string; emailsStopped: boolean };
  locale: string;
  query: Record<string, string | string[] | undefined>;
};

const OUTCOMES = ["registered", "already", "full", "closed", "cancelled", "notRegistered"] as const;

export async function OwnTrainingsSection({ signup, locale, query }: Props) {
  if (signup.status === "declined") return null;
  const session = await currentVolunteerSession();
  if (!session) return null;
  const env = getEnv();
  const messages = getMessages(locale);
  const m = messages.trainings;
  const trainings = await listOwnTrainings(getDb(), session, signup.id);
  const outcome = OUTCOMES.find((o) => o === query.training);
  const about = trainings.find((t) => t.id === query.t);
  const outcomeWords =
    outcome && about
      ? format(
          outcome === "registered" && signup.emailsStopped
            ? m.outcomes.registeredNoEmail
            : m.outcomes[outcome],
          {
            title: about.title,
            email: env.ORG_EMAIL,
          },
        )
      : null;
  return (
    <OwnTrainings
      signupId={signup.id}
      locale={locale}
      messages={m}
      lead={format(m.lead, {
        role: messages.volunteerMe.roles[signup.role],
        zone: zoneName(env.ORG_TIME_ZONE, locale),
      })}
      outcome={
        outcomeWords ? { text: outcomeWords, isRefusal: outcome === "full" || outcome === "closed" } : null
      }
      trainings={trainings.map((t) => ({
        id: t.id,
        title: t.title,
        when: trainingWhen(t.startsAt, t.endsAt, locale, env.ORG_TIME_ZONE),
        language: format(m.language, { language: trainingLanguage(t.language, locale) }),
        place: t.place,
        videoUrl: t.hasPlace ? t.videoUrl : null,
        hasVideo: t.videoUrl !== null,
        credit: t.creditNote,
        places: t.placesLeft > 0 ? plural(locale, m.placesLeft, t.placesLeft) : m.full,
        isFull: t.placesLeft === 0,
        hasPlace: t.hasPlace,
        attended: t.attended,
      }))}
      registerAction={registerTrainingAction}
      cancelAction={cancelTrainingAction}
    />
  );
}
