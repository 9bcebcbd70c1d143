import type { APIRequestContext } from "@playwright/test";
import { getStaffMessages } from "../../lib/messages";
import { sampleFields } from "../support/signup-samples";
import { E2E_URL } from "./e2e-environment";
import { openReadyForm, postForm } from "./support/form-post";
import { query } from "./support/runtime";
import { expect, signInAs, test, uniqueEmail, type StaffMember } from "./support/staff";
import { signedInRequest } from "./support/staff-request";

// A request from another site rides on the staff member's cookie (a top-level GET carries a
// SameSite=Lax one): it must not read a record or export under their name (issue 18,
// finding 9). A link in webmail is such a request too: it gets a page that says so and a link
// that opens the record from the staff area.

const m = getStaffMessages().admin.crossSite;

async function submitSignup(request: APIRequestContext) {
  const email = uniqueEmail("cross.site").replace("example.org", "example.com");
  const form = await openReadyForm(request, "attorney");
  const fields = { ...sampleFields("attorney"), email };
  expect((await postForm(request, "attorney", form, fields)).status()).toBe(303);
  const [row] = await query<{ id: string }>("SELECT id::text FROM signups WHERE email = $1", [email]);
  return { id: row!.id, email };
}

async function audited(member: StaffMember, action: string) {
  return query<{ subject: string | null }>(
    "SELECT subject FROM audit_events WHERE action = $1 AND actor_id = (SELECT id FROM staff_users WHERE email = $2)",
    [action, member.email],
  );
}

const navigation = (site: string) => ({
  "Sec-Fetch-Site": site,
  "Sec-Fetch-Mode": "navigate",
  "Sec-Fetch-Dest": "document",
  "Sec-Fetch-User": "?1",
});

test("a request from another site reads no record and exports nothing under the staff member's name", async ({
  request,
  staff,
}) => {
  const { id, email } = await submitSignup(request);
  const member = await staff("reviewer");
  const context = await signedInRequest(member);
  const record = `/admin/signups/${id}`;
  const secrets = [email, "NM-12345", "O&#x27;Connor-Pérez"];

  for (const site of ["cross-site", "same-site"]) {
    const page = await context.get(record, { headers: navigation(site), maxRedirects: 0 });
    const body = await page.text();
    expect(page.status(), site).toBe(200);
    for (const secret of secrets) expect(body, site).not.toContain(secret);
    expect(body, site).toContain(m.lead);
    expect(body, site).toContain(`href="${record}"`);
    expect(body, site).toContain(m.openRecord);

    const image = await context.get(record, {
      headers: { "Sec-Fetch-Site": site, "Sec-Fetch-Mode": "no-cors", "Sec-Fetch-Dest": "image" },
      maxRedirects: 0,
    });
    expect(image.status(), site).toBe(403);
    for (const secret of secrets) expect(await image.text(), site).not.toContain(secret);

    for (const headers of [navigation(site), { "Sec-Fetch-Site": site }]) {
      const csv = await context.get("/admin/signups/export", { headers, maxRedirects: 0 });
      expect(csv.status(), site).toBe(403);
      expect(await csv.text(), site).not.toContain(email);
    }
  }
  expect(await audited(member, "signup_viewed")).toEqual([]);
  expect(await audited(member, "signups_exported")).toEqual([]);

  // From the staff area itself, typed in the address bar, or with no such header (curl): as before.
  for (const headers of [navigation("same-origin"), navigation("none"), {}]) {
    const page = await context.get(record, { headers, maxRedirects: 0 });
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain(email);
  }
  expect(await audited(member, "signup_viewed")).toEqual([{ subject: id }, { subject: id }, { subject: id }]);
  const csv = await context.get("/admin/signups/export", { headers: { "Sec-Fetch-Site": "same-origin" } });
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(email);
  await expect.poll(async () => (await audited(member, "signups_exported")).length).toBe(1);
  await context.dispose();
});

test("a record link clicked in webmail shows a page that opens the record from the staff area", async ({
  page,
  request,
  staff,
}) => {
  const { id, email } = await submitSignup(request);
  const member = await staff("reviewer");
  await signInAs(page, member);
  await expect(page).toHaveURL(/\/admin$/);
  const record = `${E2E_URL}/admin/signups/${id}`;
  // Another site: the browser itself says so in Sec-Fetch-Site.
  await page.route("http://webmail.example/**", (route) =>
    route.fulfill({ contentType: "text/html", body: `<a href="${record}">New signup</a>` }),
  );
  await page.goto("http://webmail.example/inbox");
  await page.getByRole("link", { name: "New signup" }).click();

  await expect(page).toHaveURL(record);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.title);
  await expect(page.locator("main")).not.toContainText(email);
  expect(await audited(member, "signup_viewed")).toEqual([]);

  await page.getByRole("link", { name: m.openRecord }).click();
  await expect(page).toHaveURL(record);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ana María O'Connor-Pérez");
  expect(await audited(member, "signup_viewed")).toEqual([{ subject: id }]);
});
