import { format, getMessages } from "../../messages";
import type { Role } from "../../signup/options";
import { htmlLines } from "../html";
import { manageFooter } from "../manage-link";
import type { RenderedEmail } from "./staff-notification";

/** The changes a volunteer makes on their own page that an email confirms (not deleting: no address is left). */
export type SelfChange =
  | { kind: "updated"; questions: string[] }
  | { kind: "volunteer_paused"; until: string }
  | { kind: "volunteer_withdrew" };

export type SelfChangeInput = {
  role: Role;
  firstName: string;
  orgName: string;
  change: SelfChange;
  /** The language of the page the change was made on. */
  locale: string;
  /** The pause's last day written out, in the page's language and the organization's zone. */
  untilText?: string;
  manageUrl: string;
};

/** "You changed…": what changed, and what to do if it was not them. */
export function renderVolunteerSelfChange(input: SelfChangeInput): RenderedEmail {
  const messages = getMessages(input.locale).emails;
  const m = messages.selfChange;
  const values = {
    name: input.firstName,
    org: input.orgName,
    role: messages.roleNames[input.role],
    until: input.untilText ?? "",
    questions: input.change.kind === "updated" ? input.change.questions.join(", ") : "",
  };
  const what = {
    updated: input.change.kind === "updated" && input.change.questions.length ? m.updated : m.updatedNoList,
    volunteer_paused: m.paused,
    volunteer_withdrew: m.withdrew,
  }[input.change.kind];
  const paragraphs = [m.greeting, what, m.notYou, m.signature].map((p) => format(p, values));
  const footer = manageFooter(input.locale, input.manageUrl);
  return {
    subject: format(m.subject, values),
    text: `${paragraphs.join("\n\n")}\n\n--\n${footer.text}`,
    html: `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">${paragraphs
      .map((p) => `<p>${htmlLines(p)}</p>`)
      .join("\n")}<hr>${footer.html}</body></html>`,
  };
}
