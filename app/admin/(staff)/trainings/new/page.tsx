import type { Metadata } from "next";
import { TrainingForm } from "@/components/admin/training-form";
import { getEnv } from "@/lib/config/env";
import { getStaffMessages } from "@/lib/messages";
import { staffForPage } from "../../../staff-access";
import { saveTrainingAction } from "../actions";
import { trainingFormOptions } from "../form-options";

export const metadata: Metadata = { title: getStaffMessages().admin.trainings.newTitle };

export default async function NewTrainingPage() {
  await staffForPage("/admin/trainings/new");
  const m = getStaffMessages().admin.trainings;
  return (
    <>
      <p>
        <a href="/admin/trainings">{m.back}</a>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand">{m.newTitle}</h1>
      <TrainingForm
        initial={{ id: "", version: "0", roles: [], capacity: "20", language: "en" }}
        {...trainingFormOptions(getEnv().ORG_TIME_ZONE)}
        messages={m}
        action={saveTrainingAction}
      />
    </>
  );
}
