import { describe, expect, it } from "vitest";
import { renderStaffDigest, type DigestEntry } from "./staff-digest";

const at = new Date("2026-12-07T17:05:00Z");
const options = { siteUrl: "https://volunteer.example.org", timeZone: "America/Denver" };

describe("the staff digest of volunteers' changes", () => {
  it("escapes a name in the HTML and puts each change at its time on the organization's clock", () => {
    const entries: DigestEntry[] = [
      {
        signupId: "s1",
        role: "attorney",
        name: 'Tom <b>"T"</b>',
        changes: [
          { kind: "updated", at, answers: ["Languages you speak", "How you can help"] },
          { kind: "updated", at, answers: [] },
          { kind: "volunteer_paused", at, until: "2027-01-12" },
        ],
      },
    ];
    const email = renderStaffDigest(entries, options);
    expect(email.subject).toBe("Volunteers' own changes: 1 signup");
    expect(email.text.split("\n")).toEqual(
      expect.arrayContaining([
        'Tom <b>"T"</b>, attorney signup',
        "- Dec 7, 2026, 10:05 AM MST: changed their answers: Languages you speak, How you can help",
        "- Dec 7, 2026, 10:05 AM MST: changed their answers",
        "- Dec 7, 2026, 10:05 AM MST: paused until Jan 12, 2027",
        "Open the signup: https://volunteer.example.org/admin/signups/s1",
      ]),
    );
    expect(email.html).toContain("Tom &lt;b&gt;&quot;T&quot;&lt;/b&gt;, attorney signup");
    expect(email.html).not.toContain("<b>");
  });

  it("names no one for an anonymised signup, and says whether the volunteer deleted it", () => {
    const email = renderStaffDigest(
      [
        { signupId: "s1", role: "medical", name: null, changes: [{ kind: "volunteer_deleted", at }] },
        { signupId: "s2", role: "interpreter", name: null, changes: [{ kind: "volunteer_withdrew", at }] },
      ],
      options,
    );
    expect(email.subject).toBe("Volunteers' own changes: 2 signups");
    expect(email.text).toContain("\nA volunteer who deleted their data, medical professional signup\n");
    expect(email.text).toContain(
      "\nA volunteer whose data has since been removed, translator/interpreter signup\n",
    );
  });
});
