import { isIP } from "node:net";
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
  /** Extra headers (List-Unsubscribe); never user text. */
  headers?: Record<string, string>;
  /** Files sent along (a training's calendar file). */
  attachments?: { filename: string; content: string; contentType: string }[];
};

/** 127.0.0.0/8, ::1 (also IPv4-mapped) or localhost: traffic that never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  const ipv4 = host.replace(/^::ffff:/, "");
  if (isIP(ipv4) === 4) return ipv4.startsWith("127.");
  return isIP(host) === 6 && /^(0{0,4}:){2,7}0{0,3}1$|^::1$/.test(host);
}

export function mailTransportOptions(smtpUrl: string): SMTPPool.Options & { url: string } {
  const url = new URL(smtpUrl);
  const isLoopback = isLoopbackHost(url.hostname);
  // Options in the URL's query win over those given here: the TLS choice is not the URL's.
  for (const name of [...url.searchParams.keys()]) {
    if (/^(requiretls|ignoretls|opportunistictls)$/i.test(name)) url.searchParams.delete(name);
  }
  return {
    url: url.href,
    // Reuses connections: a burst of signups is a burst of emails.
    pool: true,
    maxConnections: 5,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
    // smtps:// is TLS from the first byte. smtp:// to another machine must upgrade with
    // STARTTLS or not send at all: otherwise anyone on the path can strip the offer and read
    // every signup. The local catcher speaks plain SMTP on loopback, where nobody is on the path.
    ...(url.protocol === "smtp:" ? (isLoopback ? { ignoreTLS: true } : { requireTLS: true }) : {}),
  };
}

export function createMailTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport(mailTransportOptions(smtpUrl));
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
    headers: email.headers,
    attachments: email.attachments,
  });
  return info.messageId;
}
