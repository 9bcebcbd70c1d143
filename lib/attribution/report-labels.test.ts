import { describe, expect, it } from "vitest";
import { en } from "../messages/en";
import { campaignLabel, pageLabel, sourceLabel } from "./report-labels";

const words = en.admin.recruitment;
const roles = en.admin.signupList.roles;
const names = new Map([["paul-cash", "Paul Cash"]]);

describe("the report's row names", () => {
  it("names pages by what they are, a testimonial by the person", () => {
    expect(pageLabel("/", names, words, roles)).toBe("The story (home page)");
    expect(pageLabel("/voices", names, words, roles)).toBe("Volunteer voices (all)");
    expect(pageLabel("/voices/paul-cash", names, words, roles)).toBe("Paul Cash");
    expect(pageLabel("/voices/gone-now", names, words, roles)).toBe("Voice: gone-now");
    expect(pageLabel("/volunteer", names, words, roles)).toBe("Choose a form");
    expect(pageLabel("/volunteer/interpreter", names, words, roles)).toBe(
      "Translator/interpreter form, opened directly",
    );
    expect(pageLabel("/privacy", names, words, roles)).toBe("Privacy page");
    expect(pageLabel("/volunteer/astronaut", names, words, roles)).toBe("/volunteer/astronaut");
  });

  it("names channels in words, and shows a word it does not know as counted", () => {
    expect(sourceLabel("whatsapp", words)).toBe("WhatsApp");
    expect(sourceLabel("", words)).toBe("From another page of the site");
    expect(sourceLabel("direct", words)).toBe("Direct (no referring site)");
    expect(sourceLabel("carrier-pigeon", words)).toBe("carrier-pigeon");
  });

  it("names a campaign by its links, else by its word", () => {
    const links = new Map([["bar-news", "Bar newsletter, January"]]);
    expect(campaignLabel("bar-news", links, words)).toBe("Bar newsletter, January");
    expect(campaignLabel("cle-2026", links, words)).toBe("cle-2026");
    expect(campaignLabel("", links, words)).toBe("No campaign");
  });
});
