import type { Testimonial } from "@/lib/content/testimonials";
import { localePath } from "@/lib/i18n/paths";
import { format, getMessages } from "@/lib/messages";
import { TestimonialQuote } from "./testimonial-quote";

export function TestimonialCard({ testimonial, locale }: { testimonial: Testimonial; locale: string }) {
  return (
    <article className="flex flex-col rounded-lg border border-black/10 bg-white p-5 shadow-sm">
      <TestimonialQuote testimonial={testimonial} locale={locale} />
      <p className="mt-4 pl-5 text-base">
        <a href={localePath(locale, `/voices/${testimonial.slug}`)}>
          {format(getMessages(locale).voices.readMore, { name: testimonial.name })}
        </a>
      </p>
    </article>
  );
}
