import type { Metadata } from "next";
import { TrainingList, type TrainingListRow } from "@/components/admin/training-list";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { format } from "@/lib/messages/format";
import { getStaffMessages } from "@/lib/messages";
import { listTrainingSessions, type TrainingSessionRow } from "@/lib/trainings/sessions";
import { trainingWhen } from "@/lib/trainings/time-words";
import { staffForPage } from "../../staff-access";

export const metadata: Metadata = { title: getStaffMessages().admin.trainings.title };

export default async function TrainingsPage() {
  const staff = await staffForPage("/admin/trainings");
  const { upcoming, past } = await listTrainingSessions(getDb(), staff);
  const admin = getStaffMessages().admin;
  const m = admin.trainings;
  const timeZone = getEnv().ORG_TIME_ZONE;
  const rows = (sessions: TrainingSessionRow[]): TrainingListRow[] =>
    sessions.map((t) => ({
      id: t.id,
      when: trainingWhen(t.startsAt, t.endsAt, "en-US", timeZone),
      title: t.title,
      roles: t.roles.map((role) => admin.signupList.roles[role]).join(", "),
      taken: t.taken,
      capacity: t.capacity,
      isCancelled: t.cancelledAt !== null,
    }));
  return (
    <>
      <h1 className="text-3xl font-bold text-brand">{m.title}</h1>
      <p className="mt-2">{m.lead}</p>
      <p className="mt-4">
        <a href="/admin/trainings/new" className="font-semibold">
          {m.new}
        </a>
      </p>
      <h2 className="mt-8 text-2xl font-semibold text-brand">{m.upcoming}</h2>
      <TrainingList rows={rows(upcoming)} caption={format(m.caption, { which: m.upcoming })} messages={m} />
      <h2 className="mt-8 text-2xl font-semibold text-brand">{m.past}</h2>
      <TrainingList rows={rows(past)} caption={format(m.caption, { which: m.past })} messages={m} />
    </>
  );
}
