import { TESTIMONIAL_SEED } from "../../../lib/content/testimonial-seed";

export const TESTIMONIAL_PATHS = TESTIMONIAL_SEED.map((t) => `/voices/${t.slug}`);
export const PUBLIC_PAGES = ["/", "/voices", ...TESTIMONIAL_PATHS, "/privacy"];

/** Whitespace as a reader sees it: runs of spaces (including no-break spaces) are one. */
export const normalizeSpace = (text: string) => text.replace(/\s+/g, " ").trim();
