import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { sampleFields } from "../support/signup-samples";
import { E2E_BUILD_ENV, E2E_URL } from "./e2e-environment";
import { openReadyForm, postForm } from "./support/form-post";
import { query } from "./support/runtime";
import { callAction, pageOf } from "./support/server-actions";
import { uniqueEmail } from "./support/staff";

// The server actions behind a volunteer's own pages, called directly without the session their
// emailed link gives, as an attacker who knows a signup's id would: each is listed here (read
// from the production build, so a new one cannot be missed), and none changes the signup or
// shows anything of it.

const OWN_ACTIONS = [
  "app/[lang]/volunteer/me/own-actions.ts#changeAnswersAction",
  "app/[lang]/volunteer/me/own-actions.ts#completeStepAction",
  "app/[lang]/volunteer/me/own-actions.ts#deleteDataAction",
  "app/[lang]/volunteer/me/own-actions.ts#pauseAction",
  "app/[lang]/volunteer/me/own-actions.ts#stopAllEmailsAction",
  "app/[lang]/volunteer/me/own-actions.ts#withdrawAction",
  "app/[lang]/volunteer/me/training-actions.ts#cancelTrainingAction",
  "app/[lang]/volunteer/me/training-actions.ts#registerTrainingAction",
];

const manifest = () =>
  JSON.parse(
    readFileSync(path.join(E2E_BUILD_ENV.NEXT_DIST_DIR, "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }> };

test("a volunteer's own actions, called without their session, change nothing and reveal nothing", async ({
  request,
}) => {
  const actions = Object.entries(manifest().node)
    .filter(([, a]) => /^app\/\[lang\]\/volunteer\/me\/(own|training)-actions\.ts$/.test(a.filename))
    .map(([id, a]) => ({ id, name: `${a.filename}#${a.exportedName}`, page: pageOf(a.workers) }));
  expect(actions.map((a) => a.name).sort()).toEqual([...OWN_ACTIONS].sort());

  const email = uniqueEmail("own").replace("example.org", "example.com");
  const form = await openReadyForm(request, "interpreter");
  expect(
    (await postForm(request, "interpreter", form, { ...sampleFields("interpreter"), email })).status(),
  ).toBe(303);
  const [signup] = await query<{ id: string }>("SELECT id::text FROM signups WHERE email = $1", [email]);
  const [training] = await query<{ id: string }>(
    `INSERT INTO training_sessions (id, title, roles, starts_at, ends_at, place, capacity, language, updated_at)
     VALUES (gen_random_uuid(), 'Orientation', '{interpreter}', now() + interval '3 days',
             now() + interval '3 days 1 hour', 'Office', 5, 'en', now()) RETURNING id::text`,
  );
  // The signup's own emails go meanwhile ("email_sent" events): not a change of anyone's.
  const state = () =>
    query(
      `SELECT s.answers, s.status, s.version, s.do_not_contact_at, s.anonymized_at, s.email,
              (SELECT count(*) FROM signup_events e WHERE e.signup_id = s.id AND e.kind <> 'email_sent') AS events,
              (SELECT count(*) FROM onboarding_steps o WHERE o.signup_id = s.id) AS steps,
              (SELECT count(*) FROM training_registrations r WHERE r.signup_id = s.id) AS places
         FROM signups s WHERE s.id = $1`,
      [signup!.id],
    );
  const before = await state();

  const stranger = await playwrightRequest.newContext({ baseURL: E2E_URL });
  const fields = {
    signupId: signup!.id,
    trainingId: training!.id,
    locale: "en",
    step: "confidentialityPledge",
    agree: "on",
    until: "2027-01-31",
    confirm: "on",
    understand: "on",
    email: "stranger@example.net",
    firstName: "Mallory",
  };
  for (const action of actions) {
    const root = action.name.endsWith("#changeAnswersAction") ? [null, "$K1"] : ["$K1"];
    const reply = await callAction(stranger, action, root, fields);
    const body = await reply.text();
    console.log(
      action.name,
      action.page,
      reply.status(),
      reply.headers()["x-action-redirect"] ?? "",
      body.slice(0, 80),
    );
    // It ran, and sent the caller to the page that asks for a new link.
    expect(reply.headers()["x-action-redirect"] ?? "", action.name).toMatch(/^\/volunteer\/me\/signups[;?]/);
    expect(body, action.name).not.toContain(email);
    expect(body, action.name).not.toContain("Ana María");
  }
  expect(await state()).toEqual(before);
});
