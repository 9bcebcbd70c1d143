import { LANGUAGES } from "@/lib/i18n/languages";
import { localePath } from "@/lib/i18n/paths";

/**
 * What a not-found page says, with links on. In the one language of the link when it is known
 * (the front door's not-found page, app/[lang]/page-not-found); otherwise in each of the site's
 * languages, each marked as such: Next.js gives a not-found boundary no route parameters.
 */
export function NotFoundContent({ locale }: { locale?: string }) {
  const languages = locale === undefined ? LANGUAGES : LANGUAGES.filter(({ code }) => code === locale);
  return (
    <div className="mx-auto max-w-prose space-y-10">
      {languages.map(({ code, messages: { notFound: messages } }, index) => (
        <section key={code} lang={locale === undefined ? code : undefined}>
          {index === 0 ? (
            <h1 className="text-3xl font-bold text-brand">{messages.title}</h1>
          ) : (
            <h2 className="text-3xl font-bold text-brand">{messages.title}</h2>
          )}
          <p className="mt-4">{messages.body}</p>
          <ul className="mt-4 list-disc space-y-2 pl-6">
            <li>
              <a href={localePath(code, "/")}>{messages.home}</a>
            </li>
            <li>
              <a href={localePath(code, "/voices")}>{messages.voices}</a>
            </li>
            <li>
              <a href={localePath(code, "/volunteer")}>{messages.volunteer}</a>
            </li>
          </ul>
        </section>
      ))}
    </div>
  );
}
