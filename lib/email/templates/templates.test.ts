import { describe, expect, it } from "vitest";
import { format } from "../../messages";
import { es } from "../../messages/es";
import { renderStaffNotification } from "./staff-notification";
import { renderFailedEmailNotice, type FailedEmail } from "./failed-email-notice";
import { renderVolunteerProposal } from "./volunteer-proposal";
import { renderVolunteerConfirmation } from "./volunteer-confirmation";
import { renderVolunteerLink } from "./volunteer-link";
import { renderVolunteerMessage } from "./volunteer-message";

describe("the staff notification", () => {
  it("escapes every answer in the HTML and keeps it readable in the text", () => {
    const email = renderStaffNotification({
      role: "interpreter",
      name: "Ana Pérez",
      isUpdate: false,
      adminUrl: "https://volunteer.example.org/admin/signups/1",
      answers: [{ name: "anythingElse", label: "Anything else", value: 'Tom & "Jerry" <b>\nline two' }],
      locale: "en",
    });
    expect(email.subject).toBe("New translator/interpreter signup: Ana Pérez");
    expect(email.html).toContain("Tom &amp; &quot;Jerry&quot; &lt;b&gt;<br>line two");
    expect(email.html).not.toContain("<b>");
    expect(email.text).toContain('Anything else:\n  Tom & "Jerry" <b>\n  line two');
    expect(email.text).toContain("https://volunteer.example.org/admin/signups/1");
    expect(email.text).not.toContain("Spanish");
  });

  it("stays in English for a signup made in Spanish, and says to answer in Spanish", () => {
    const email = renderStaffNotification({
      role: "medical",
      name: "Ana Pérez",
      isUpdate: false,
      adminUrl: "https://volunteer.example.org/admin/signups/1",
      answers: [],
      locale: "es",
    });
    expect(email.subject).toBe("New medical professional signup: Ana Pérez");
    expect(email.text).toContain("This signup was made in Spanish: please answer the volunteer in Spanish.");
  });
});

describe("the volunteer confirmation", () => {
  it("thanks the volunteer by name and says how to reach staff", () => {
    const email = renderVolunteerConfirmation({
      role: "medical",
      firstName: "Diya",
      orgName: "NMILC",
      orgEmail: "probono@example.org",
      promiseDays: 14,
      locale: "en",
      manageUrl: "https://volunteer.example.org/volunteer/me",
    });
    expect(email.subject).toBe("Thank you for volunteering with NMILC");
    expect(email.text).toMatch(/^Dear Diya,/);
    expect(email.text).toContain("probono@example.org");
    expect(email.text).toContain("write to you within two weeks to talk about how you can help");
  });

  it("is written in the language the signup was made in", () => {
    const email = renderVolunteerConfirmation({
      role: "medical",
      firstName: "Diya",
      orgName: "NMILC",
      orgEmail: "probono@example.org",
      promiseDays: 14,
      locale: "es",
      manageUrl: "https://volunteer.example.org/es/volunteer/me",
    });
    expect(email.subject).toBe(format(es.emails.confirmation.subject, { org: "NMILC" }));
    expect(email.text).toContain("Diya");
    expect(email.text).not.toContain("Dear Diya");
    expect(email.text).toContain("le escribirá en un plazo de dos semanas para hablar");
  });

  it.each([
    ["en", 7, "write to you within one week to talk"],
    ["es", 7, "le escribirá en un plazo de una semana para hablar"],
    ["en", 1, "write to you within one day to talk"],
    ["es", 1, "le escribirá en un plazo de un día para hablar"],
    ["en", 10, "write to you within 10 days to talk"],
    ["es", 10, "le escribirá en un plazo de 10 días para hablar"],
  ])(
    "in %s, promises a reply of %i days in words, in the text and the HTML",
    (locale, promiseDays, words) => {
      const email = renderVolunteerConfirmation({
        role: "attorney",
        firstName: "Diya",
        orgName: "NMILC",
        orgEmail: "probono@example.org",
        promiseDays,
        locale,
        manageUrl: "https://volunteer.example.org/volunteer/me",
      });
      expect(email.text).toContain(words);
      expect(email.html).toContain(words);
      expect(email.text).not.toMatch(/two weeks|dos semanas|\{period\}/);
    },
  );
});

describe("the link to confirm new answers", () => {
  const confirmUrl = "https://volunteer.example.org/volunteer/confirm/abc_DEF-123";

  it("says who may have sent them, that nothing changes without the link, and for how long it works", () => {
    const email = renderVolunteerProposal({
      role: "attorney",
      orgName: "NMILC",
      locale: "en",
      confirmUrl,
      manageUrl: "https://volunteer.example.org/volunteer/me",
    });
    expect(email.subject).toBe("Confirm the new answers for your volunteer signup with NMILC");
    expect(email.text).toBe(
      [
        "Hello,",
        "You, or someone using your address, sent new answers for your signup as attorney with NMILC.",
        `Open this link to use them; otherwise nothing changes. The link works for 7 days:\n${confirmUrl}`,
        "If you did not send them, you need not do anything: your signup stays as it was.",
        "With gratitude,\nNMILC\n\n--\nManage your signup: https://volunteer.example.org/volunteer/me",
      ].join("\n\n"),
    );
    expect(email.html).toContain(`<a href="${confirmUrl}">${confirmUrl}</a>`);
  });

  it("is in Spanish for answers sent from the Spanish form", () => {
    const email = renderVolunteerProposal({
      role: "medical",
      orgName: "NMILC",
      locale: "es",
      confirmUrl,
      manageUrl: "https://volunteer.example.org/es/volunteer/me",
    });
    expect(email.subject).toBe(
      "Confirme las nuevas respuestas de su inscripción en el voluntariado de NMILC",
    );
    expect(email.text).toContain(
      "Usted, o alguien que usa su dirección, envió nuevas respuestas para su inscripción en el voluntariado de NMILC, en el área de salud.",
    );
    expect(email.text).toContain(`El enlace funciona durante 7 días:\n${confirmUrl}`);
  });
});

describe("the link to a volunteer's own signups", () => {
  it("carries the link in text and HTML, says it works once for 24 hours, and names no signup", () => {
    const url = "https://volunteer.example.org/volunteer/me/open/abc_DEF-123";
    const email = renderVolunteerLink({ linkUrl: url, orgName: "NMILC", locale: "en" });
    expect(email.subject).toBe("Your link to your signups with NMILC");
    expect(email.text).toBe(
      [
        "You, or someone using your address, asked for a link to your volunteer signups with NMILC. Open it to see them:",
        url,
        "The link works once, for 24 hours, and opens your signups for 30 minutes.",
        "If you did not ask for it, you can ignore this email: nothing changes.",
        "With gratitude,\nNMILC",
      ].join("\n\n"),
    );
    expect(email.html).toContain(`<a href="${url}">${url}</a>`);
  });

  it("is in Spanish for a Spanish request", () => {
    const email = renderVolunteerLink({
      linkUrl: "https://x.example/es/volunteer/me/open/t",
      orgName: "NMILC",
      locale: "es",
    });
    expect(email.subject).toBe("Su enlace a sus inscripciones en NMILC");
    expect(email.text).toContain("El enlace funciona una sola vez, durante 24 horas");
  });
});

describe("the way to manage a signup, at the foot of every email to a volunteer", () => {
  it.each([
    ["confirmation", "en", "Manage your signup: https://v.example/volunteer/me", "Manage your signup"],
    [
      "confirmation",
      "es",
      "Administre su inscripción: https://v.example/es/volunteer/me",
      "Administrar su inscripción",
    ],
    [
      "message",
      "es",
      "Administre su inscripción: https://v.example/es/volunteer/me",
      "Administrar su inscripción",
    ],
    [
      "message without stop link",
      "en",
      "Manage your signup: https://v.example/volunteer/me",
      "Manage your signup",
    ],
    ["proposal", "en", "Manage your signup: https://v.example/volunteer/me", "Manage your signup"],
    [
      "proposal",
      "es",
      "Administre su inscripción: https://v.example/es/volunteer/me",
      "Administrar su inscripción",
    ],
  ])("the %s email in %s", (kind, locale, text, label) => {
    const manageUrl = `https://v.example${locale === "es" ? "/es" : ""}/volunteer/me`;
    const email =
      kind === "confirmation"
        ? renderVolunteerConfirmation({
            role: "attorney",
            firstName: "Diya",
            orgName: "NMILC",
            orgEmail: "probono@example.org",
            promiseDays: 14,
            locale,
            manageUrl,
          })
        : kind === "proposal"
          ? renderVolunteerProposal({
              role: "interpreter",
              orgName: "NMILC",
              locale,
              confirmUrl: "https://v.example/volunteer/confirm/x",
              manageUrl,
            })
          : renderVolunteerMessage({
              subject: "Hello",
              body: "A message.",
              locale,
              orgName: "NMILC",
              stopPageUrl: kind === "message" ? "https://v.example/es/stop-emails/x" : null,
              manageUrl,
            });
    expect(email.text).toContain(`\n${text}`);
    expect(email.html).toContain(`<a href="${manageUrl}">${label}</a>`);
  });
});

describe("the staff notice of failed emails", () => {
  const failed = (n: number): FailedEmail[] =>
    Array.from({ length: n }, (_, i) => ({
      kind: "volunteer_confirmation",
      role: "medical",
      reason: i === 0 ? "550 <b>" : null,
      adminUrl: `https://volunteer.example.org/admin/signups/${i}`,
    }));

  it("lists each email's kind, role, reason and link, escaped in the HTML", () => {
    const email = renderFailedEmailNotice(failed(2));
    expect(email.subject).toBe("2 emails could not be delivered");
    expect(email.text).toContain(
      "- Confirmation to the volunteer, medical professional signup: 550 <b>\n  https://volunteer.example.org/admin/signups/0",
    );
    expect(email.text).toContain("medical professional signup: no reason recorded");
    expect(email.html).toContain("550 &lt;b&gt;");
    expect(renderFailedEmailNotice(failed(1)).subject).toBe("1 email could not be delivered");
  });

  it("lists at most fifty and counts the rest", () => {
    const email = renderFailedEmailNotice(failed(53));
    expect(email.subject).toBe("53 emails could not be delivered");
    expect(email.text.match(/^- /gm)).toHaveLength(50);
    expect(email.text).toContain("…and 3 more");
  });
});
