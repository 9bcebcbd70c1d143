import { LANGUAGES } from "@/lib/i18n/languages";
import { localePath } from "@/lib/i18n/paths";

/**
 * What a not-found page says, in each of the site's languages, each marked as such: a
 * not-found page is given no route parameters, so it cannot know which one was wanted.
 */
export function NotFoundContent() {
  return (
    <div className="mx-auto max-w-prose space-y-10">
      {LANGUAGES.map(({ code, messages: { notFound: messages } }, index) => (
        <section key={code} lang={code}>
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
