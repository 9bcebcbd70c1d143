import type { PublicMessages } from "../messages/en";

// Staff's six statuses are their working states; a volunteer reads five plain ones, and
// never staff's words for them ("declined" reads as "closed").

export type VolunteerStatus = keyof PublicMessages["volunteerMe"]["statuses"];

const PLAIN: Record<string, VolunteerStatus> = {
  new: "received",
  contacted: "inTouch",
  onboarding: "inTouch",
  active: "ready",
  inactive: "paused",
  declined: "closed",
};

export function volunteerStatus(staffStatus: string): VolunteerStatus {
  return PLAIN[staffStatus] ?? "received";
}

export function statusWords(staffStatus: string, messages: PublicMessages["volunteerMe"]): string {
  return messages.statuses[volunteerStatus(staffStatus)];
}
