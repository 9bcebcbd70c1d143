// The changes a volunteer makes to their own signup (their emailed-link pages, or a proposal
// they confirmed), as `signup_events.kind` with `actor_id` NULL. The record's history shows
// each by "volunteer"; the hourly staff digest (lib/volunteer-access/staff-digest*) lists them.
//
// - updated            their answers changed: detail.previousAnswers, and selfService: true
//                      when changed on their page (a confirmed proposal has proposalId instead)
// - volunteer_paused   detail { from, to: "inactive", until: "YYYY-MM-DD" }
// - volunteer_withdrew detail { from, to: "declined" }
// - do_not_contact     no more emails; detail.selfService: true when asked on their page
//                      (the stop link in an email writes it without)
// - volunteer_deleted  they deleted their data: the signup was anonymised in the same
//                      transaction; detail {}

export const VOLUNTEER_CHANGE_KINDS = [
  "updated",
  "volunteer_paused",
  "volunteer_withdrew",
  "do_not_contact",
  "volunteer_deleted",
] as const;

export type VolunteerChangeKind = (typeof VOLUNTEER_CHANGE_KINDS)[number];
