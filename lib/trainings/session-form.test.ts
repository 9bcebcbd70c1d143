import { describe, expect, it } from "vitest";
import { trainingFieldErrors, TrainingFormSchema, trainingFormInput } from "./session-form";

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const one of Array.isArray(value) ? value : [value]) data.append(name, one);
  return trainingFormInput(data);
};

const GOOD = {
  title: "  Attorney orientation ",
  roles: ["attorney"],
  day: "2026-12-15",
  start: "09:00",
  end: "11:30",
  place: "",
  videoUrl: "https://meet.example.org/orientation",
  capacity: "12",
  language: "en",
  creditNote: "2 CLE credits",
};

describe("the training session form", () => {
  it("reads a session: trimmed words, roles from the checked boxes, a whole capacity", () => {
    const parsed = TrainingFormSchema.parse(form({ ...GOOD, roles: ["attorney", "medical"] }));
    expect(parsed).toMatchObject({
      title: "Attorney orientation",
      roles: ["attorney", "medical"],
      capacity: 12,
      id: "",
    });
  });

  it("names each field's problem", () => {
    const result = TrainingFormSchema.safeParse(
      form({ ...GOOD, title: " ", roles: [], end: "08:00", videoUrl: "ftp://x", capacity: "0" }),
    );
    expect(result.success).toBe(false);
    expect(trainingFieldErrors(result.error!)).toEqual({
      title: "required",
      roles: "roles",
      videoUrl: "url",
      capacity: "capacity",
      end: "endBeforeStart",
    });
  });

  it("wants a place or a video link", () => {
    const result = TrainingFormSchema.safeParse(form({ ...GOOD, videoUrl: "" }));
    expect(trainingFieldErrors(result.error!)).toEqual({ place: "where" });
    expect(TrainingFormSchema.safeParse(form({ ...GOOD, videoUrl: "", place: "Room 2" })).success).toBe(true);
  });
});
