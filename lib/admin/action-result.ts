/** What a staff server action answers: its outcome and, for the person, a message. */
export type ActionResult = {
  status: "ok" | "signed_out" | "forbidden" | "invalid" | "error";
  message?: string;
  /** By field name: what is wrong with it, shown next to it. */
  fieldErrors?: Partial<Record<string, string>>;
};
