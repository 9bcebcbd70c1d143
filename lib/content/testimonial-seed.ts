import type { TestimonialSeed } from "./testimonials";

// The nine testimonials of the source page, words exactly as published. The source shows the
// same quote under Julia Smith and Chris Killion (likely a publishing slip); both are kept as
// given, and staff can correct content later.
export const TESTIMONIAL_SEED: readonly TestimonialSeed[] = [
  {
    slug: "paul-cash",
    name: "Paul Cash",
    affiliation: null,
    quote:
      "I volunteer at the Immigrant Law Center because I believe in turning my faith into action. I strive to show compassion and work towards justice for those who are in need of help and support.",
  },
  {
    slug: "madison-jones",
    name: "Madison Jones",
    affiliation: "Wilcox, Myers, & Jones",
    quote:
      "I am passionate about working with NMILC because the NMILC attorneys and staff are brilliant, compassionate, and dedicated, and through our collaboration, I believe we are able to meaningfully empower our immigrant community.",
  },
  {
    slug: "lauren-bowen",
    name: "Lauren Bowen",
    affiliation: "Asylum Pro Se",
    quote:
      "Not only did I choose NMILC because of their significant impact and dedication to our community, but because of the staff’s unbelievable guidance and support to its volunteers who are navigating the process. If you’re a first-year Associate like myself and are on the fence as to whether you’re “ready” to dive into Pro Bono work, know that with NMILC, you’ll never be alone.",
  },
  {
    slug: "allison-freedman",
    name: "Allison Freedman",
    affiliation: "UNM School of Law",
    quote:
      "The UNM School of Law’s recent partnership with NMILC to work on asylum and detention program cases has provided students in the Economic Justice Clinic with a window into the systemic injustices built into the immigration system and given them the opportunity to work on direct representation in this space.\n\nWe are so grateful to NMILC for the incredible support and guidance they provide throughout these cases and are excited about continuing this partnership!",
  },
  {
    slug: "julia-smith",
    name: "Julia Smith",
    affiliation: null,
    quote:
      "Working with the NMILC gives me a chance to make a positive difference in the life of someone who can use a little help.\u00a0 The folks at NMILC do a fantastic job of providing support and leading the way.",
  },
  {
    slug: "chris-killion",
    name: "Chris Killion",
    affiliation: "Modrall Sperling",
    quote:
      "Working with the NMILC gives me a chance to make a positive difference in the life of someone who can use a little help.\u00a0 The folks at NMILC do a fantastic job of providing support and leading the way.",
  },
  {
    slug: "stephanie-lawyer",
    name: "Stephanie Lawyer",
    affiliation: null,
    quote:
      "Volunteering as a DOJ Accredited Rep with NMILC has been challenging and fulfilling work! It makes me happy to see cases through to their positive conclusions and work directly with clients throughout the whole process.",
  },
  {
    slug: "elizabeth-delfs",
    name: "Elizabeth Delfs",
    affiliation: null,
    quote:
      "What I do gives children, many of whom endured tumultuous and dangerous experiences, a new shot at building a better life as citizens who will be able to openly join in the full spectrum of American life.",
  },
  {
    slug: "diya-kallivayalil",
    name: "Dr. Diya Kallivayalil",
    affiliation: "Cambridge Health Alliance",
    quote:
      "NMILC's dedicated and tireless work to uphold human rights as well as human dignity motivates me to provide pro bono evaluations for NMILC clients.",
  },
];
