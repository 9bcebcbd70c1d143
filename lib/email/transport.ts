import nodemailer, { type Transporter } from "nodemailer";
import type SMTPPool from "nodemailer/lib/smtp-pool";

export type OutgoingEmail = {
  from: string;
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
  /** A stable id lets a retried job be recognised as the same message. */
  messageId?: string;
};

export function createMailTransport(smtpUrl: string): Transporter {
  const options: SMTPPool.Options & { url: string } = {
    url: smtpUrl,
    // Reuses connections: a burst of signups is a burst of emails.
    pool: true,
    maxConnections: 5,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
    // The local catcher speaks plain SMTP on loopback; real servers negotiate STARTTLS.
    ignoreTLS: new URL(smtpUrl).hostname === "127.0.0.1",
  };
  return nodemailer.createTransport(options);
}

export async function sendEmail(transport: Transporter, email: OutgoingEmail): Promise<string> {
  const info = await transport.sendMail({
    from: email.from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    replyTo: email.replyTo,
    messageId: email.messageId,
  });
  return info.messageId;
}
