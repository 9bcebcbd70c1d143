import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Notice, buttonClass } from "@/components/admin/field";
import { TrainingAttendance } from "@/components/admin/training-attendance";
import { TrainingForm } from "@/components/admin/training-form";
import { formatTime } from "@/lib/admin/record-time";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { getMessages, getStaffMessages } from "@/lib/messages";
import { format } from "@/lib/messages/format";
import { ROLES } from "@/lib/signup/options";
import { localTime } from "@/lib/time/local-time";
import { localDay } from "@/lib/time/zoned";
import { listTrainingRegistrations, trainingStepOf } from "@/lib/trainings/attendance";
import { getTrainingSession } from "@/lib/trainings/sessions";
import { trainingLanguage, trainingWhen } from "@/lib/trainings/time-words";
import { staffForPage } from "../../../staff-access";
import { attendanceAction, cancelTrainingAction, saveTrainingAction } from "../actions";
import { trainingFormOptions } from "../form-options";

// One session: what it is, who registered and who attended, its form, and cancelling it.

export const metadata: Metadata = { title: getStaffMessages().admin.trainings.title };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function TrainingPage({ params, searchParams }: Props) {
  const { id } = await params;
  const staff = await staffForPage(`/admin/trainings/${id}`);
  const db = getDb();
  const [training, registrations, query] = await Promise.all([
    getTrainingSession(db, staff, id),
    listTrainingRegistrations(db, staff, id),
    searchParams,
  ]);
  if (!training) notFound();
  const admin = getStaffMessages().admin;
  const m = admin.trainings;
  const steps = getMessages().onboarding.steps as Record<string, { title: string }>;
  const timeZone = getEnv().ORG_TIME_ZONE;
  const isCancelled = training.cancelledAt !== null;
  const outcome = query.outcome;
  const notice =
    outcome === "attendance"
      ? format(m.outcomes.attendance, {
          marked: String(query.marked ?? 0),
          unmarked: String(query.unmarked ?? 0),
        })
      : outcome === "created" || outcome === "saved" || outcome === "cancelled"
        ? m.outcomes[outcome]
        : null;
  const stepNotes = ROLES.filter((role) => training.roles.includes(role)).map((role) => {
    const step = trainingStepOf(role);
    return step
      ? format(m.stepNote, { step: steps[step.key]?.title ?? step.key })
      : format(m.noStep, { role: admin.signupList.roles[role] });
  });
  return (
    <>
      <p>
        <a href="/admin/trainings">{m.back}</a>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand">
        {training.title}
        {isCancelled ? <span className="ml-3 text-xl text-red-800">({m.cancelled})</span> : null}
      </h1>
      {notice ? <Notice tone="info">{notice}</Notice> : null}
      <p className="mt-2 font-medium">
        {trainingWhen(training.startsAt, training.endsAt, "en-US", timeZone)}
      </p>
      <p className="mt-1">
        {m.for}: {training.roles.map((role) => admin.signupList.roles[role]).join(", ")} ·{" "}
        {trainingLanguage(training.language, "en")} ·{" "}
        {format(m.placesOf, { taken: training.taken, capacity: training.capacity })}
      </p>
      {training.place ? <p className="mt-1">{training.place}</p> : null}
      {training.videoUrl ? <p className="mt-1 [overflow-wrap:anywhere]">{training.videoUrl}</p> : null}
      {training.creditNote ? <p className="mt-1">{training.creditNote}</p> : null}

      <TrainingAttendance
        trainingId={training.id}
        rows={registrations.map((r) => ({
          id: r.id,
          signupId: r.signupId,
          name: r.name,
          role: admin.signupList.roles[r.role],
          registeredOn: formatTime(r.registeredAt, timeZone),
          gaveBack: r.cancelledAt ? format(m.gaveBack, { date: formatTime(r.cancelledAt, timeZone) }) : null,
          attended: r.attended,
        }))}
        stepNotes={stepNotes}
        messages={m}
        action={attendanceAction}
      />

      {isCancelled ? null : (
        <>
          <h2 className="mt-10 text-2xl font-semibold text-brand">{m.edit}</h2>
          <p className="mt-2">{m.editLead}</p>
          <TrainingForm
            initial={{
              id: training.id,
              version: String(training.version),
              title: training.title,
              roles: training.roles,
              day: localDay(training.startsAt, timeZone),
              start: localTime(training.startsAt, timeZone),
              end: localTime(training.endsAt, timeZone),
              place: training.place ?? "",
              videoUrl: training.videoUrl ?? "",
              capacity: String(training.capacity),
              language: training.language,
              creditNote: training.creditNote ?? "",
            }}
            {...trainingFormOptions(timeZone)}
            messages={m}
            action={saveTrainingAction}
          />
          <form action={cancelTrainingAction} className="mt-10 max-w-2xl rounded-lg bg-white p-4 shadow-sm">
            <h2 className="text-xl font-semibold">{m.cancelTitle}</h2>
            <p className="mt-1">{m.cancelLead}</p>
            <input type="hidden" name="id" value={training.id} />
            <button type="submit" className={buttonClass}>
              {m.cancelButton}
            </button>
          </form>
        </>
      )}
    </>
  );
}
