import { readFileSync } from "node:fs";
import path from "node:path";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { sampleFields } from "../support/signup-samples";
import { E2E_BUILD_ENV, E2E_URL } from "./e2e-environment";
import { openReadyForm, postForm } from "./support/form-post";
import { callAction, pageOf } from "./support/server-actions";
import { query } from "./support/runtime";
import { expect, postSignIn, test, uniqueEmail, type StaffMember } from "./support/staff";

// Every route under /admin and /api and every server action of the staff area, read from the
// production build's manifests, so a new one cannot be missed: each must be listed below
// with who may use it, and each refuses the signed-out, the expired, the revoked, and a
// reviewer where admins only are allowed, revealing nothing and changing nothing.

const BUILD = path.join(E2E_BUILD_ENV.NEXT_DIST_DIR, "server");
const manifest = <T>(file: string): T => JSON.parse(readFileSync(path.join(BUILD, file), "utf8")) as T;

type Access = "public" | "staff" | "admin";
/** Route (as the build names it) → who may use it, and the paths to probe it with. */
type Probe = (signupId: string, templateId: string) => string[];
const ROUTES: Record<string, { access: Access; probe: Probe }> = {
  "/admin/(staff)/page": { access: "staff", probe: () => ["/admin"] },
  "/admin/(staff)/account/page": { access: "staff", probe: () => ["/admin/account"] },
  "/admin/(staff)/audit/page": {
    access: "admin",
    probe: () => ["/admin/audit", "/admin/audit?action=signup_deleted"],
  },
  "/admin/(staff)/signups/[id]/page": { access: "staff", probe: (id) => [`/admin/signups/${id}`] },
  "/admin/(staff)/signups/[id]/privacy/page": {
    access: "admin",
    probe: (id) => [`/admin/signups/${id}/privacy`],
  },
  "/admin/(staff)/signups/page": {
    access: "staff",
    probe: () => ["/admin/signups", "/admin/signups?q=private"],
  },
  "/admin/(staff)/signups/export/route": {
    access: "staff",
    probe: () => ["/admin/signups/export", "/admin/signups/export?role=attorney"],
  },
  "/admin/(staff)/staff/page": { access: "admin", probe: () => ["/admin/staff"] },
  "/admin/(staff)/settings/pro-bono-week/page": {
    access: "admin",
    probe: () => ["/admin/settings/pro-bono-week"],
  },
  "/admin/(staff)/messages/page": { access: "staff", probe: () => ["/admin/messages"] },
  "/admin/(staff)/messages/new/page": { access: "admin", probe: () => ["/admin/messages/new"] },
  "/admin/(staff)/trainings/page": { access: "staff", probe: () => ["/admin/trainings"] },
  "/admin/(staff)/recruitment/page": {
    access: "staff",
    probe: () => ["/admin/recruitment", "/admin/recruitment?period=range&from=2026-01-01&to=2026-01-31"],
  },
  "/admin/(staff)/recruitment/export/route": {
    access: "staff",
    probe: () => ["/admin/recruitment/export", "/admin/recruitment/export?period=90"],
  },
  "/admin/(staff)/trainings/new/page": { access: "staff", probe: () => ["/admin/trainings/new"] },
  "/admin/(staff)/trainings/[id]/page": {
    access: "staff",
    probe: () => ["/admin/trainings/00000000-0000-4000-8000-000000000000"],
  },
  "/admin/(staff)/campaigns/page": { access: "staff", probe: () => ["/admin/campaigns"] },
  "/admin/(staff)/campaigns/[id]/qr/route": {
    access: "staff",
    probe: () => [
      "/admin/campaigns/00000000-0000-4000-8000-000000000000/qr",
      "/admin/campaigns/00000000-0000-4000-8000-000000000000/qr?download=1",
    ],
  },
  "/admin/(staff)/messages/[id]/page": {
    access: "admin",
    probe: (_, templateId) => [`/admin/messages/${templateId}`],
  },
  // A link another site opened (proxy.ts serves it in the link's place): a link, no data.
  "/admin/(staff)/outside-link/page": { access: "staff", probe: () => ["/admin/outside-link"] },
  "/admin/login/page": { access: "public", probe: () => [] },
  "/admin/reset-password/page": { access: "public", probe: () => [] },
  "/admin/set-password/page": { access: "public", probe: () => [] },
  "/api/auth/[...all]/route": {
    access: "staff",
    probe: () => ["/api/auth/list-sessions", "/api/auth/get-session", "/api/auth/admin/list-users"],
  },
  "/api/health/route": { access: "public", probe: () => [] },
  "/api/cross-origin-refused/route": { access: "public", probe: () => [] },
  // A volunteer's one-click "stop these emails": its signed link is the proof (stop-emails.spec.ts).
  "/api/stop-emails/[token]/route": { access: "public", probe: () => [] },
};
/** Server actions of the staff area (file#export) → who may use them, and whether they take (form) or (state, form). */
const ACTIONS: Record<string, { access: Access; root: unknown[] }> = {
  "app/admin/(staff)/actions.ts#signOutAction": { access: "staff", root: [] },
  "app/admin/(staff)/account/actions.ts#changePasswordAction": { access: "staff", root: [null, "$K1"] },
  "app/admin/(staff)/account/actions.ts#startTwoFactorAction": { access: "staff", root: [null, "$K1"] },
  "app/admin/(staff)/account/actions.ts#confirmTwoFactorAction": { access: "staff", root: [null, "$K1"] },
  "app/admin/(staff)/account/actions.ts#disableTwoFactorAction": { access: "staff", root: [null, "$K1"] },
  "app/admin/(staff)/account/actions.ts#signOutOthersAction": { access: "staff", root: [null] },
  "app/admin/(staff)/account/actions.ts#setDisplayNameAction": { access: "staff", root: [null, "$K1"] },
  "app/admin/(staff)/signups/[id]/actions.ts#saveRecordAction": { access: "staff", root: [null, "$K1"] },
  "app/admin/(staff)/signups/[id]/actions.ts#assignToMeAction": { access: "staff", root: [null, "$K1"] },
  "app/admin/(staff)/signups/[id]/actions.ts#addNoteAction": { access: "staff", root: [null, "$K1"] },
  "app/admin/(staff)/signups/[id]/actions.ts#editNoteAction": { access: "staff", root: [null, "$K1"] },
  "app/admin/(staff)/signups/[id]/actions.ts#resendEmailAction": { access: "staff", root: [null, "$K1"] },
  "app/admin/(staff)/signups/[id]/actions.ts#sendMessageAction": { access: "staff", root: [null, "$K1"] },
  "app/admin/(staff)/signups/actions.ts#reviewBulkAction": { access: "staff", root: [null, "$K1"] },
  "app/admin/(staff)/signups/actions.ts#applyBulkAction": { access: "staff", root: [null, "$K1"] },
  "app/admin/(staff)/signups/[id]/privacy/actions.ts#anonymiseSignupAction": {
    access: "admin",
    root: ["$K1"],
  },
  "app/admin/(staff)/signups/[id]/privacy/actions.ts#deleteSignupAction": { access: "admin", root: ["$K1"] },
  "app/admin/(staff)/staff/actions.ts#inviteAction": { access: "admin", root: ["$K1"] },
  "app/admin/(staff)/staff/actions.ts#changeStaffAction": { access: "admin", root: ["$K1"] },
  "app/admin/(staff)/staff/actions.ts#resetTwoFactorAction": { access: "admin", root: ["$K1"] },
  "app/admin/(staff)/staff/actions.ts#requireTwoFactorAction": { access: "admin", root: ["$K1"] },
  "app/admin/(staff)/messages/actions.ts#saveTemplateAction": { access: "admin", root: [null, "$K1"] },
  "app/admin/(staff)/messages/actions.ts#deleteTemplateAction": { access: "admin", root: [null, "$K1"] },
  "app/admin/(staff)/signups/[id]/actions.ts#changeStepAction": { access: "staff", root: [null, "$K1"] },
  "app/admin/(staff)/trainings/actions.ts#saveTrainingAction": { access: "staff", root: [null, "$K1"] },
  "app/admin/(staff)/trainings/actions.ts#cancelTrainingAction": { access: "staff", root: ["$K1"] },
  "app/admin/(staff)/trainings/actions.ts#attendanceAction": { access: "staff", root: ["$K1"] },
  "app/admin/(staff)/campaigns/actions.ts#createCampaignLinkAction": { access: "staff", root: [null, "$K1"] },
  "app/admin/(staff)/campaigns/actions.ts#archiveCampaignLinkAction": { access: "staff", root: ["$K1"] },
  "app/admin/(staff)/settings/pro-bono-week/actions.ts#saveProBonoWeekAction": {
    access: "admin",
    root: [null, "$K1"],
  },
  "app/admin/(staff)/settings/pro-bono-week/actions.ts#resetProBonoWeekAction": { access: "admin", root: [] },
};

const ADMIN_ONLY_API = "/api/auth/admin/list-users";
const MIDDLEWARE_BYPASS = {
  "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy:middleware:middleware",
};

type Actor = { name: string; context: APIRequestContext; isReviewer: boolean };

async function signedInContext(member: StaffMember): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({
    baseURL: E2E_URL,
    extraHTTPHeaders: { origin: E2E_URL },
  });
  await postSignIn(context, member);
  return context;
}

/**
 * What the refused calls could have changed of this test's own staff members (other tests run
 * beside it, so nothing counted over the whole database): their roles, deactivation, sessions,
 * password links and two-factor; and the one global setting.
 */
async function staffState(emails: string[]) {
  const members = await query(
    `SELECT u.email, u.name, u.role, u.banned, u.two_factor_enabled,
            (SELECT count(*) FROM staff_sessions s WHERE s.user_id = u.id AND s.expires_at > now()) AS sessions,
            (SELECT count(*) FROM auth_verifications v WHERE v.value = u.id) AS links
       FROM staff_users u WHERE u.email = ANY($1) ORDER BY u.email`,
    [emails],
  );
  const settings = await query("SELECT key, value FROM staff_settings ORDER BY key");
  return { members, settings };
}

async function signupState(id: string) {
  const [row] = await query<{
    status: string;
    version: number;
    followUp: string | null;
    notes: string;
    resends: string;
    messages: string;
  }>(
    `SELECT status::text, version, follow_up_on::text AS "followUp",
            (SELECT count(*) FROM signup_notes WHERE signup_id = $1) AS notes,
            (SELECT count(*) FROM email_deliveries WHERE signup_id = $1 AND request_key IS NOT NULL) AS resends,
            (SELECT count(*) FROM outreach_messages WHERE signup_id = $1) AS messages
       FROM signups WHERE id = $1`,
    [id],
  );
  return row;
}

test("every staff route and action refuses whoever may not use it, revealing and changing nothing", async ({
  request,
  staff,
}) => {
  test.setTimeout(180_000);
  const routes = Object.keys(manifest<Record<string, string>>("app-paths-manifest.json")).filter((route) =>
    /^\/(admin|api)(\/|$)/.test(route),
  );
  expect(routes.sort()).toEqual(Object.keys(ROUTES).sort());
  const references = manifest<{
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  }>("server-reference-manifest.json").node;
  const actions = Object.entries(references)
    .filter(([, action]) => action.filename.startsWith("app/admin"))
    .map(([id, action]) => ({
      id,
      name: `${action.filename}#${action.exportedName}`,
      page: pageOf(action.workers),
    }));
  expect(actions.map((a) => a.name).sort()).toEqual(Object.keys(ACTIONS).sort());

  // Data that must not leak: a volunteer's signup and the staff members' own addresses.
  const volunteer = uniqueEmail("private").replace("example.org", "example.com");
  const form = await openReadyForm(request, "attorney");
  expect(
    (await postForm(request, "attorney", form, { ...sampleFields("attorney"), email: volunteer })).status(),
  ).toBe(303);
  const [signup] = await query<{ id: string }>("SELECT id FROM signups WHERE email = $1", [volunteer]);
  const admin = await staff("admin");
  // A template, whose wording only admins' editor shows and which only admins may change.
  const templateName = `Access ${volunteer}`;
  const [template] = await query<{ id: string }>(
    `INSERT INTO message_templates (id, name, texts, updated_at)
     VALUES (gen_random_uuid(), $1, $2::jsonb, now()) RETURNING id::text`,
    [templateName, JSON.stringify({ en: { subject: "Hello {firstName}", body: "Draft wording 7Q4X" } })],
  );
  const templateState = () =>
    query("SELECT name, for_status, texts, version FROM message_templates WHERE id = $1", [template!.id]);
  const templateBefore = await templateState();
  const secrets = [volunteer, "NM-12345", admin.email, "Draft wording 7Q4X"];

  const expiredMember = await staff();
  const expired = await signedInContext(expiredMember);
  await query(
    "UPDATE staff_sessions SET expires_at = now() - interval '1 minute' WHERE user_id = (SELECT id FROM staff_users WHERE email = $1)",
    [expiredMember.email],
  );
  const revokedMember = await staff();
  const revoked = await signedInContext(revokedMember);
  await query("DELETE FROM staff_sessions WHERE user_id = (SELECT id FROM staff_users WHERE email = $1)", [
    revokedMember.email,
  ]);
  const reviewerMember = await staff("reviewer");
  const reviewer = await signedInContext(reviewerMember);
  const actors: Actor[] = [
    {
      name: "signed out",
      context: await playwrightRequest.newContext({ baseURL: E2E_URL }),
      isReviewer: false,
    },
    { name: "expired session", context: expired, isReviewer: false },
    { name: "revoked session", context: revoked, isReviewer: false },
    { name: "reviewer", context: reviewer, isReviewer: true },
  ];

  const ours = [admin.email, expiredMember.email, revokedMember.email, reviewerMember.email];
  const before = await staffState(ours);
  for (const actor of actors) {
    for (const [route, { access, probe }] of Object.entries(ROUTES)) {
      if (access === "public") continue;
      if (actor.isReviewer && access !== "admin") continue;
      for (const target of probe(signup!.id, template!.id)) {
        if (actor.isReviewer && target.startsWith("/api/auth/") && target !== ADMIN_ONLY_API) continue;
        for (const extra of [{}, MIDDLEWARE_BYPASS]) {
          const response = await actor.context.get(target, { maxRedirects: 0, headers: extra });
          const body = await response.text();
          const label = `${actor.name} → ${target} (${route})${"x-middleware-subrequest" in extra ? " with x-middleware-subrequest" : ""}`;
          if (target.startsWith("/api/")) {
            // Only the sign-in form's auth endpoints answer over HTTP (lib/auth/http-endpoints.ts):
            // these are refused for everyone with 404, and never answer with data.
            expect(response.status(), label).toBe(404);
          } else if (actor.isReviewer) {
            expect(response.status(), label).toBe(403);
          } else if (route.endsWith("/route")) {
            // A download answers with a bare 401, not a page to sign in on.
            expect(response.status(), label).toBe(401);
          } else {
            expect(response.status(), label).toBe(307);
            expect(response.headers().location, label).toBe(
              `/admin/login?next=${encodeURIComponent(target)}`,
            );
          }
          for (const secret of secrets) expect(body, label).not.toContain(secret);
        }
      }
    }
    for (const action of actions) {
      const { name } = action;
      const { access, root } = ACTIONS[name]!;
      if (actor.isReviewer && access !== "admin") continue;
      const fields = {
        email: uniqueEmail("sneaky"),
        name: "Sneaky",
        role: "admin",
        required: "on",
        change: "admin",
        userId: "x",
        // The record page's forms, aimed at the real signup.
        signupId: signup!.id,
        version: "1",
        status: "declined",
        assigneeId: "",
        on: "2026-12-24",
        reason: "Sneaky follow-up",
        noteId: "11111111-1111-4111-8111-111111111111",
        body: "Sneaky note",
        kind: "volunteer_confirmation",
        requestKey: "22222222-2222-4222-8222-222222222222",
        // A message to the signup, and bulk changes aimed at it alone.
        subject: "Sneaky subject",
        templateId: "",
        scope: "ids",
        ids: signup!.id,
        expectedCount: "1",
        batchId: "33333333-3333-4333-8333-333333333333",
        // The privacy page's forms: confirmed, so only the role check can refuse them.
        confirm: "on",
        // The template editor's forms, aimed at the real template at its version (name above).
        id: template!.id,
        forStatus: "",
        subject_en: "Sneaky subject",
        body_en: "Sneaky body",
        subject_es: "",
        body_es: "",
        // The campaign link form: a link that would be made if the check let it through.
        code: "sneaky-link",
        targetPath: "/",
        // National Pro Bono Week's form: a week and text that would be saved if the check let it through.
        start: "2031-10-19",
        end: "2031-10-25",
        calloutEn: "Sneaky callout",
        calloutEs: "Sneaky callout",
      };
      const response = await callAction(actor.context, action, root, fields);
      // The action was found and ran (its own check answered), not turned away as unknown.
      expect(response.headers()["x-nextjs-action-not-found"], name).toBeUndefined();
      const text = await response.text();
      const label = `${actor.name} → ${name}`;
      expect(response.status(), label).toBeLessThan(500);
      for (const secret of secrets) expect(text, label).not.toContain(secret);
    }
  }
  // Nothing was changed by any of it: no account, setting, session or link appeared or went.
  expect(await staffState(ours)).toEqual(before);
  expect(await query("SELECT 1 FROM staff_users WHERE email LIKE 'sneaky.%'")).toEqual([]);
  expect(await signupState(signup!.id)).toEqual({
    status: "new",
    version: 1,
    followUp: null,
    notes: "0",
    resends: "0",
    messages: "0",
  });
  expect(await templateState()).toEqual(templateBefore);
  expect(await query("SELECT 1 FROM message_templates WHERE name = 'Sneaky'")).toEqual([]);
  expect(await query("SELECT 1 FROM campaign_links WHERE code = 'sneaky-link'")).toEqual([]);
  expect(await query("SELECT 1 FROM pro_bono_week_settings WHERE callout_en = 'Sneaky callout'")).toEqual([]);

  // The same call as an admin does reach the action: the refusals above were the checks'.
  const adminContext = await signedInContext(admin);
  const invite = actions.find((a) => a.name.endsWith("#inviteAction"))!;
  const control = uniqueEmail("sneaky");
  const controlReply = await callAction(adminContext, invite, ACTIONS[invite.name]!.root, {
    email: control,
    name: "Control",
    role: "reviewer",
  });
  expect(controlReply.headers()["x-action-redirect"]).toBe("/admin/staff?outcome=invited;push");
  expect(await query("SELECT 1 FROM staff_users WHERE email = $1", [control])).toHaveLength(1);
  await query("DELETE FROM staff_users WHERE email = $1", [control]);
  const statusChange = actions.find((a) => a.name.endsWith("#saveRecordAction"))!;
  const onRecord = { ...statusChange, page: `/admin/signups/${signup!.id}` };
  const changed = await callAction(adminContext, onRecord, ACTIONS[statusChange.name]!.root, {
    signupId: signup!.id,
    version: "1",
    status: "contacted",
    assigneeId: "",
    on: "",
    reason: "",
  });
  expect(changed.status()).toBe(200);
  expect(await signupState(signup!.id)).toMatchObject({ status: "contacted", version: 2 });
  const deleteTemplate = actions.find((a) => a.name.endsWith("#deleteTemplateAction"))!;
  const deleted = await callAction(adminContext, deleteTemplate, ACTIONS[deleteTemplate.name]!.root, {
    id: template!.id,
  });
  expect(deleted.headers()["x-action-redirect"]).toBe("/admin/messages?outcome=deleted;push");
  expect(await templateState()).toEqual([]);
  for (const context of [adminContext, ...actors.map((actor) => actor.context)]) await context.dispose();
});
