import type { PublicMessages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";

// The trainings a volunteer can take for one signup: when (the organization's clock, zone
// named), where, language, credit, places left, and a button to take or give back a place.
// Plain forms, so it works without JavaScript. A refusal (full) is said at the top of the
// section, where the page lands after the post.

export type OwnTrainingView = {
  id: string;
  title: string;
  when: string;
  language: string;
  place: string | null;
  /** Shown once they hold a place. */
  videoUrl: string | null;
  hasVideo: boolean;
  credit: string | null;
  places: string;
  isFull: boolean;
  hasPlace: boolean;
  attended: boolean;
};

type Props = {
  signupId: string;
  locale: string;
  messages: PublicMessages["trainings"];
  lead: string;
  outcome: { text: string; isRefusal: boolean } | null;
  trainings: OwnTrainingView[];
  registerAction: (formData: FormData) => Promise<void>;
  cancelAction: (formData: FormData) => Promise<void>;
};

const BUTTON = "mt-3 rounded-md border border-brand px-4 py-2 font-semibold text-brand hover:bg-brand/10";

export function OwnTrainings({ signupId, locale, messages: m, lead, outcome, trainings, ...actions }: Props) {
  return (
    <section id="trainings" className="mt-10" aria-labelledby="trainings-heading">
      <h2 id="trainings-heading" className="text-2xl font-semibold text-brand">
        {m.heading}
      </h2>
      {outcome ? (
        <p
          role={outcome.isRefusal ? "alert" : "status"}
          className={`mt-4 rounded-md border-l-4 p-4 font-medium ${outcome.isRefusal ? "border-red-800 bg-red-50" : "border-green-800 bg-green-50"}`}
        >
          {outcome.text}
        </p>
      ) : null}
      <p className="mt-4">{lead}</p>
      {trainings.length === 0 ? (
        <p className="mt-4">{m.none}</p>
      ) : (
        <ul aria-label={m.caption} className="mt-4 space-y-4">
          {trainings.map((t) => (
            <li key={t.id} className="rounded-md bg-white p-4 shadow-sm">
              <h3 className="text-xl font-semibold">{t.title}</h3>
              <p className="mt-1 font-medium">{t.when}</p>
              <p className="mt-1">{t.language}</p>
              {t.place ? <p className="mt-1">{format(m.place, { place: t.place })}</p> : null}
              {t.videoUrl ? (
                <p className="mt-1 [overflow-wrap:anywhere]">{format(m.video, { url: t.videoUrl })}</p>
              ) : t.hasVideo ? (
                <p className="mt-1">{m.videoAfter}</p>
              ) : null}
              {t.credit ? <p className="mt-1">{format(m.credit, { note: t.credit })}</p> : null}
              <p className="mt-2 font-medium">
                {t.attended ? m.attended : t.hasPlace ? m.hasPlace : t.places}
              </p>
              {t.attended ? null : (
                <form action={t.hasPlace ? actions.cancelAction : actions.registerAction}>
                  <input type="hidden" name="signupId" value={signupId} />
                  <input type="hidden" name="trainingId" value={t.id} />
                  <input type="hidden" name="locale" value={locale} />
                  {/* A full session keeps its button: the refusal then says so in words. */}
                  <button
                    type="submit"
                    className={BUTTON}
                    aria-label={format(t.hasPlace ? m.cancelFor : m.registerFor, { title: t.title })}
                  >
                    {t.hasPlace ? m.cancel : m.register}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
