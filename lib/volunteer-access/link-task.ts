import type { Task } from "graphile-worker";
import type { Transporter } from "nodemailer";
import { z } from "zod";
import type { Env } from "../config/env-schema";
import type { Db } from "../db/client";
import { renderVolunteerLink } from "../email/templates/volunteer-link";
import { sendEmail } from "../email/transport";
import { isLocale } from "../i18n/languages";
import { hashToken, linkExpiry, mintToken } from "./tokens";

// The queued half of a link request (request-link.ts): the lookup and the email happen here,
// away from the request's timing. The token exists in clear only in this job and the email;
// the job is deleted once sent. A retry after a crash may send a second link, which also works.

const PayloadSchema = z.object({ email: z.email(), locale: z.string() });

type TaskDeps = {
  db: Db;
  transport: Transporter;
  env: Pick<Env, "MAIL_FROM" | "SITE_URL" | "ORG_NAME" | "ORG_EMAIL"> & { SESSION_SECRET: string };
};

export function createVolunteerLinkTask({ db, transport, env }: TaskDeps): Task {
  return async (payload) => {
    const { email, locale: asked } = PayloadSchema.parse(payload);
    const locale = isLocale(asked) ? asked : "en";
    const signups = await db.signup.findMany({
      where: { email, anonymizedAt: null },
      select: { id: true },
    });
    // No signup: nothing is sent and nothing is kept, and the request's answer was the same.
    if (signups.length === 0) return;

    const token = mintToken();
    const now = new Date();
    await db.$transaction([
      db.volunteerLink.create({
        data: {
          tokenHash: hashToken(env.SESSION_SECRET, "volunteer-link", token)!,
          email,
          expiresAt: linkExpiry(now),
        },
      }),
      db.signupEvent.createMany({
        data: signups.map((signup) => ({ signupId: signup.id, kind: "volunteer_link_sent" })),
      }),
    ]);
    const prefix = locale === "en" ? "" : `/${locale}`;
    await sendEmail(transport, {
      from: env.MAIL_FROM,
      to: email,
      replyTo: env.ORG_EMAIL,
      ...renderVolunteerLink({
        linkUrl: `${env.SITE_URL}${prefix}/volunteer/me/open/${token}`,
        orgName: env.ORG_NAME,
        locale,
      }),
    });
  };
}
