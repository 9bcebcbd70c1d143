import type { Testimonial } from "@/lib/content/testimonials";

/** A volunteer's words as a figure: the quote, then who said it. */
export function TestimonialQuote({
  testimonial,
  size = "base",
}: {
  testimonial: Testimonial;
  size?: "base" | "large";
}) {
  const paragraphs = testimonial.quote.split("\n\n");
  return (
    <figure>
      <blockquote
        className={`space-y-3 border-l-4 border-accent pl-4 ${size === "large" ? "text-xl sm:text-2xl" : "text-lg"}`}
      >
        {paragraphs.map((paragraph, index) => (
          <p key={index} data-quote-paragraph>
            {paragraph}
          </p>
        ))}
      </blockquote>
      <figcaption className="mt-3 pl-5 text-base">
        <span className="font-semibold">{testimonial.name}</span>
        {testimonial.affiliation ? <span className="block text-muted">{testimonial.affiliation}</span> : null}
      </figcaption>
    </figure>
  );
}
