import { describe, expect, it } from "vitest";
import { campaignFieldErrors, CampaignLinkFormSchema } from "./campaign-link-form";

const parse = (input: Record<string, unknown>) => CampaignLinkFormSchema.safeParse(input);

describe("the campaign link form", () => {
  it("takes a code in any case as lower case, and the campaign as given or empty", () => {
    const parsed = parse({
      code: " Bar-News ",
      name: "Bar newsletter",
      targetPath: "/es/voices/ana",
      utmCampaign: "",
    });
    expect(parsed.success && parsed.data).toEqual({
      code: "bar-news",
      name: "Bar newsletter",
      targetPath: "/es/voices/ana",
      utmCampaign: "",
    });
  });

  it("names the problem of each field", () => {
    const parsed = parse({ code: "bar news!", name: "", targetPath: "/admin", utmCampaign: "Pro Bono Week" });
    expect(parsed.success).toBe(false);
    expect(campaignFieldErrors(parsed.error!)).toEqual({
      code: "code",
      name: "required",
      targetPath: "target",
      utmCampaign: "campaign",
    });
  });

  it("leads only to a public page of this site", () => {
    for (const targetPath of [
      "/",
      "/es",
      "/voices",
      "/volunteer/medical",
      "/es/volunteer/interpreter",
      "/privacy",
    ]) {
      expect(parse({ code: "a", name: "A", targetPath }).success, targetPath).toBe(true);
    }
    for (const targetPath of [
      "https://evil.example/",
      "//evil.example/voices",
      "/volunteer/me",
      "/admin/campaigns",
      "/voices?x=1",
      "voices",
      "/r/other",
      "/api/health",
    ]) {
      expect(parse({ code: "a", name: "A", targetPath }).success, targetPath).toBe(false);
    }
    for (const code of ["-a", "a-", "a_b", "a".repeat(41), "ñ"]) {
      expect(parse({ code, name: "A", targetPath: "/" }).success, code).toBe(false);
    }
  });
});
