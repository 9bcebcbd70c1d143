import { expect, test } from "@playwright/test";
import { sampleFields } from "../support/signup-samples";
import { isThanksRedirect, openForm, openReadyForm, postForm } from "./support/form-post";
import { messagesAbout, query } from "./support/runtime";

const signupsFor = (email: string) => query("SELECT id FROM signups WHERE email = $1", [email]);

/** Forms as a person who took their time sends them (their tokens aged past the bot timer). */
const openFormsReadyToSend = (request: Parameters<typeof openForm>[0], count: number) =>
  Promise.all(Array.from({ length: count }, () => openReadyForm(request, "attorney")));

test("a bot that fills the hidden field is told it worked and nothing is stored", async ({ request }) => {
  const [form] = await openFormsReadyToSend(request, 1);
  const email = "honeypot@example.com";
  const response = await postForm(request, "attorney", form!, {
    ...sampleFields("attorney"),
    email,
    website: "http://spam.example",
  });
  expect(isThanksRedirect(response)).toBe(true);
  expect(await signupsFor(email)).toHaveLength(0);
});

test("a submission faster than a person can fill the form is told it worked and nothing is stored", async ({
  request,
}) => {
  const form = await openForm(request, "attorney");
  const email = "too.fast@example.com";
  const response = await postForm(request, "attorney", form, { ...sampleFields("attorney"), email });
  expect(isThanksRedirect(response)).toBe(true);
  expect(await signupsFor(email)).toHaveLength(0);
});

test("the same form posted twice at once makes one signup", async ({ request }) => {
  const [form] = await openFormsReadyToSend(request, 1);
  const fields = { ...sampleFields("attorney"), email: "twice@example.com" };
  const responses = await Promise.all([1, 2].map(() => postForm(request, "attorney", form!, fields)));
  expect(responses.every(isThanksRedirect)).toBe(true);
  expect(await signupsFor("twice@example.com")).toHaveLength(1);
});

test("a second signup for the same email and role ends on the same page and changes nothing", async ({
  request,
}) => {
  const [first, second] = await openFormsReadyToSend(request, 2);
  const fields = { ...sampleFields("attorney"), email: "again@example.com" };
  const created = await postForm(request, "attorney", first!, fields);
  const proposed = await postForm(request, "attorney", second!, { ...fields, city: "Las Cruces" });
  expect(created.headers().location).toBe("/volunteer/thanks");
  expect(proposed.headers().location).toBe("/volunteer/thanks");
  // The new answers wait for the link emailed to the address (signup-proposal.spec.ts).
  const rows = await query<{ city: string; submission_count: number; proposals: number }>(
    `SELECT city, submission_count,
            (SELECT count(*)::int FROM signup_proposals p WHERE p.signup_id = s.id) AS proposals
       FROM signups s WHERE email = $1`,
    ["again@example.com"],
  );
  expect(rows).toEqual([{ city: "Albuquerque", submission_count: 1, proposals: 1 }]);
  // The page that used to say "updated" is gone; its old address lands on the one page.
  const old = await request.get("/volunteer/thanks/updated", { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toBe("/volunteer/thanks");
});

test("too many signups for one email get a clear message", async ({ request }) => {
  const forms = await openFormsReadyToSend(request, 6);
  const fields = { ...sampleFields("attorney"), email: "many@example.com" };
  for (const form of forms.slice(0, 5))
    expect(isThanksRedirect(await postForm(request, "attorney", form, fields))).toBe(true);
  const limited = await postForm(request, "attorney", forms[5]!, fields);
  expect(limited.status()).toBe(200);
  expect(await limited.text()).toContain("Too many signups from here in a short time.");
});

const CROSS_ORIGIN_POSTS = [
  { origin: "https://evil.example", email: "cross.site@example.com" },
  { origin: "null", email: "null.origin@example.com" },
];
for (const { origin, email } of CROSS_ORIGIN_POSTS) {
  test(`a POST from origin ${origin} is refused and stores nothing`, async ({ request }) => {
    const [form] = await openFormsReadyToSend(request, 1);
    const response = await postForm(
      request,
      "attorney",
      form!,
      { ...sampleFields("attorney"), email },
      { origin },
    );
    expect(response.status()).toBe(403);
    expect(await signupsFor(email)).toHaveLength(0);
    // No signup, so no delivery row and no job: nothing can be sent later either.
    expect(await query("SELECT id FROM email_deliveries WHERE recipient = $1", [email])).toHaveLength(0);
    expect(await messagesAbout(email)).toEqual({ staff: [], confirmations: [] });
  });
}
