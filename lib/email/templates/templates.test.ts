import { describe, expect, it } from "vitest";
import { renderStaffNotification } from "./staff-notification";
import { renderVolunteerConfirmation } from "./volunteer-confirmation";

describe("the staff notification", () => {
  it("escapes every answer in the HTML and keeps it readable in the text", () => {
    const email = renderStaffNotification({
      role: "interpreter",
      name: "Ana Pérez",
      isUpdate: false,
      adminUrl: "https://volunteer.example.org/admin/signups/1",
      answers: [{ name: "anythingElse", label: "Anything else", value: 'Tom & "Jerry" <b>\nline two' }],
    });
    expect(email.subject).toBe("New translator/interpreter signup: Ana Pérez");
    expect(email.html).toContain("Tom &amp; &quot;Jerry&quot; &lt;b&gt;<br>line two");
    expect(email.html).not.toContain("<b>");
    expect(email.text).toContain('Anything else:\n  Tom & "Jerry" <b>\n  line two');
    expect(email.text).toContain("https://volunteer.example.org/admin/signups/1");
  });
});

describe("the volunteer confirmation", () => {
  it("thanks the volunteer by name and says how to reach staff", () => {
    const email = renderVolunteerConfirmation({
      role: "medical",
      firstName: "Diya",
      orgName: "NMILC",
      orgEmail: "probono@example.org",
    });
    expect(email.subject).toBe("Thank you for volunteering with NMILC");
    expect(email.text).toMatch(/^Dear Diya,/);
    expect(email.text).toContain("probono@example.org");
  });
});
