import type { Testimonial } from "@/lib/content/testimonials";
import { getMessages } from "@/lib/messages";

/**
 * A volunteer's words as a figure: the quote, then who said it. The words stay as they were
 * written, marked with their language, so a screen reader on a page in another language
 * pronounces them right.
 */
export function TestimonialQuote({
  testimonial,
  locale,
  size = "base",
}: {
  testimonial: Testimonial;
  locale: string;
  size?: "base" | "large";
}) {
  const paragraphs = testimonial.quote.split("\n\n");
  const translation = testimonial.language === locale ? undefined : testimonial.translations[locale];
  return (
    <figure lang={testimonial.language === locale ? undefined : testimonial.language}>
      <blockquote
        className={`space-y-3 border-l-4 border-accent pl-4 ${size === "large" ? "text-xl sm:text-2xl" : "text-lg"}`}
      >
        {paragraphs.map((paragraph, index) => (
          <p key={index} data-quote-paragraph>
            {paragraph}
          </p>
        ))}
      </blockquote>
      {translation ? (
        <div lang={locale} className="mt-3 border-l-4 border-black/10 pl-4 text-base text-muted">
          <p className="font-semibold">{getMessages(locale).voices.translation}</p>
          {translation.split("\n\n").map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      ) : null}
      <figcaption className="mt-3 pl-5 text-base">
        <span className="font-semibold">{testimonial.name}</span>
        {testimonial.affiliation ? <span className="block text-muted">{testimonial.affiliation}</span> : null}
      </figcaption>
    </figure>
  );
}
