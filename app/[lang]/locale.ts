import { notFound } from "next/navigation";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/languages";

export type LangParams = { params: Promise<{ lang: string }> };

/** The page's language from its `[lang]` segment; any other segment is not a page. */
export async function localeOf(params: Promise<{ lang: string }>): Promise<Locale> {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return lang;
}

/**
 * The layout's language. When Next.js renders a not-found page it may give the layout no
 * `lang` at all: the document is then the default language's rather than an error.
 */
export async function layoutLocaleOf(params: Promise<{ lang?: string }>): Promise<Locale> {
  const { lang } = await params;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}
