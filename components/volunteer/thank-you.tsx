import { localePath } from "@/lib/i18n/paths";
import { format, getMessages } from "@/lib/messages";
import { responsePeriod } from "@/lib/signup/response-promise";

/**
 * What a volunteer reads after signing up; `isUpdate` when they had signed up within a day,
 * `promiseDays` the reply it promises (RESPONSE_PROMISE_DAYS).
 */
export function ThankYou({
  locale,
  isUpdate,
  orgEmail,
  promiseDays,
}: {
  locale: string;
  isUpdate: boolean;
  orgEmail: string;
  promiseDays: number;
}) {
  const messages = getMessages(locale).volunteer.thanks;
  return (
    <div className="mx-auto max-w-prose">
      <h1 className="text-3xl font-bold text-brand">{messages.title}</h1>
      {isUpdate ? (
        <p className="mt-4 rounded-md bg-white p-4 font-medium shadow-sm">{messages.updated}</p>
      ) : null}
      <p className="mt-4 text-lg">{format(messages.body, { period: responsePeriod(promiseDays, locale) })}</p>
      <p className="mt-4">{format(messages.contact, { email: orgEmail })}</p>
      <p className="mt-6">
        <a href={localePath(locale, "/voices")}>{messages.voices}</a>
      </p>
    </div>
  );
}
