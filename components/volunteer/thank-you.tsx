import { localePath } from "@/lib/i18n/paths";
import { format, getMessages } from "@/lib/messages";
import { responsePeriod } from "@/lib/signup/response-promise";

/**
 * What a volunteer reads after signing up, and after sending new answers for a known address
 * too (decision 030: one page tells no one which); `promiseDays` the reply it promises
 * (RESPONSE_PROMISE_DAYS).
 */
export function ThankYou({
  locale,
  orgEmail,
  promiseDays,
}: {
  locale: string;
  orgEmail: string;
  promiseDays: number;
}) {
  const messages = getMessages(locale).volunteer.thanks;
  return (
    <div className="mx-auto max-w-prose">
      <h1 className="text-3xl font-bold text-brand">{messages.title}</h1>
      <p className="mt-4 text-lg">{format(messages.body, { period: responsePeriod(promiseDays, locale) })}</p>
      <p className="mt-4">{format(messages.contact, { email: orgEmail })}</p>
      <p className="mt-6">
        <a href={localePath(locale, "/voices")}>{messages.voices}</a>
      </p>
    </div>
  );
}
