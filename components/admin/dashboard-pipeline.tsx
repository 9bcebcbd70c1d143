import type { Dashboard } from "@/lib/admin/dashboard";
import type { Messages } from "@/lib/messages/en";
import { plural } from "@/lib/messages/plural";
import { EXPIRING_DAYS, PIPELINE_STAGES, pipelineQuery, type PipelineStage } from "@/lib/onboarding/pipeline";
import { ROLES, type Role } from "@/lib/signup/options";

// From signup to ready, by role: each count opens the list filtered to exactly those signups.
// Onboarding says how many steps are left in all, the work a coordinator has ahead; stalled
// and expiring are warnings that overlap the stages above them.

const number = new Intl.NumberFormat("en-US");

export function DashboardPipeline({
  pipeline,
  stalledDays,
  messages,
}: {
  pipeline: Dashboard["pipeline"];
  stalledDays: number;
  messages: Messages["admin"];
}) {
  const m = messages.dashboard.pipeline;
  const total = (key: PipelineStage | "stepsLeft") =>
    ROLES.reduce((sum, role) => sum + pipeline[role][key], 0);
  const label = (stage: PipelineStage) => {
    const words = m.stages[stage];
    if (typeof words === "string") return words;
    return plural("en", words, stage === "stalled" ? stalledDays : EXPIRING_DAYS);
  };
  const cell = (stage: PipelineStage, role?: Role) => {
    const count = role ? pipeline[role][stage] : total(stage);
    const stepsLeft = role ? pipeline[role].stepsLeft : total("stepsLeft");
    return (
      <>
        <a href={`/admin/signups${pipelineQuery(stage, role)}`}>{number.format(count)}</a>
        {stage === "onboarding" && count > 0 ? (
          <span className="block text-sm text-black/70">{plural("en", m.stepsLeft, stepsLeft)}</span>
        ) : null}
      </>
    );
  };
  return (
    <section aria-labelledby="pipeline" className="mt-8">
      <h2 id="pipeline" className="text-xl font-semibold">
        {m.title}
      </h2>
      <div className="mt-3 overflow-x-auto rounded-lg bg-white shadow-sm">
        <table className="w-full text-left">
          <caption className="sr-only">{m.caption}</caption>
          <thead>
            <tr className="border-b border-black/10">
              <th scope="col" className="p-3">
                {m.stage}
              </th>
              {ROLES.map((role) => (
                <th key={role} scope="col" className="p-3">
                  {messages.signupList.roles[role]}
                </th>
              ))}
              <th scope="col" className="p-3">
                {messages.dashboard.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {PIPELINE_STAGES.map((stage) => (
              <tr key={stage} className="border-b border-black/10 last:border-0">
                <th scope="row" className="p-3 font-medium">
                  {label(stage)}
                </th>
                {ROLES.map((role) => (
                  <td key={role} className="p-3">
                    {cell(stage, role)}
                  </td>
                ))}
                <td className="p-3">{cell(stage)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
