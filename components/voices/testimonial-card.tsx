import type { Testimonial } from "@/lib/content/testimonials";
import { format, getMessages } from "@/lib/messages";
import { TestimonialQuote } from "./testimonial-quote";

export function TestimonialCard({ testimonial }: { testimonial: Testimonial }) {
  return (
    <article className="flex flex-col rounded-lg border border-black/10 bg-white p-5 shadow-sm">
      <TestimonialQuote testimonial={testimonial} />
      <p className="mt-4 pl-5 text-base">
        <a href={`/voices/${testimonial.slug}`}>
          {format(getMessages().voices.readMore, { name: testimonial.name })}
        </a>
      </p>
    </article>
  );
}
