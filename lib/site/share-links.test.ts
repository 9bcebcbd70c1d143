import { describe, expect, it } from "vitest";
import { sharedUrl, shareLinks } from "./share-links";

const url = "https://volunteer.example.org/voices/paul-cash";

describe("share links", () => {
  it("name their channel in the URL they share", () => {
    expect(sharedUrl(url, "whatsapp")).toBe(`${url}?utm_source=whatsapp&utm_medium=share`);
    expect(sharedUrl("https://volunteer.example.org/es/voices/ana", "copy")).toBe(
      "https://volunteer.example.org/es/voices/ana?utm_source=copy&utm_medium=share",
    );
  });

  it("give each network its own channel, WhatsApp as a plain wa.me link", () => {
    const links = shareLinks(url, "Paul's words", (shared) => `Read this: ${shared}`);
    const shared = (channel: string) => encodeURIComponent(`${url}?utm_source=${channel}&utm_medium=share`);
    expect(links.whatsapp).toBe(
      `https://wa.me/?text=${encodeURIComponent(`Paul's words ${url}?utm_source=whatsapp&utm_medium=share`)}`,
    );
    expect(links.x).toBe(`https://x.com/intent/post?text=Paul's%20words&url=${shared("x")}`);
    expect(links.facebook).toBe(`https://www.facebook.com/sharer/sharer.php?u=${shared("facebook")}`);
    expect(links.linkedin).toBe(`https://www.linkedin.com/sharing/share-offsite/?url=${shared("linkedin")}`);
    expect(links.email).toBe(`mailto:?subject=Paul's%20words&body=Read%20this%3A%20${shared("email")}`);
  });
});
