import { localePath } from "@/lib/i18n/paths";
import type { Messages } from "@/lib/messages/en";
import { ROLES } from "@/lib/signup/options";

/** The three ways to volunteer, each a large, obvious link to its form. */
export function RoleCalls({
  roles,
  locale,
  headingLevel = 3,
}: {
  roles: Messages["roles"];
  locale: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="grid gap-4 sm:grid-cols-3">
      {ROLES.map((slug) => (
        <li key={slug} className="flex flex-col rounded-lg border border-black/10 bg-white p-5 shadow-sm">
          <Heading className="text-xl font-semibold text-ink">{roles[slug].title}</Heading>
          <p className="mt-2 flex-1 text-base text-muted">{roles[slug].description}</p>
          <a
            href={localePath(locale, `/volunteer/${slug}`)}
            className="mt-4 inline-block rounded-md bg-brand px-4 py-3 text-center font-semibold text-white no-underline hover:bg-ink"
          >
            {roles[slug].action}
          </a>
        </li>
      ))}
    </ul>
  );
}
