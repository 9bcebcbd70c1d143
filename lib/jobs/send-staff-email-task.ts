import type { Task } from "graphile-worker";
import type { Transporter } from "nodemailer";
import { z } from "zod";
import type { Env } from "../config/env-schema";
import { sendEmail } from "../email/transport";

const PayloadSchema = z.object({ to: z.email(), subject: z.string(), text: z.string(), html: z.string() });

/**
 * Sends one email to a staff member. Its job is deleted once sent, so the link it carries
 * does not stay in the database; a retry after a crash may send it twice, which a staff
 * member can ignore (only the newest link of a kind matters to them).
 */
export function createSendStaffEmailTask({
  transport,
  env,
}: {
  transport: Transporter;
  env: Pick<Env, "MAIL_FROM">;
}): Task {
  return async (payload) => {
    const email = PayloadSchema.parse(payload);
    await sendEmail(transport, { from: env.MAIL_FROM, ...email });
  };
}
