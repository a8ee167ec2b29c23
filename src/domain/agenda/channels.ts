// Which channel to suggest (P7): warmer first, the contact's preference respected, a change after silence.
import { channels, type Channel, type ReasonKind, type Stage } from "../model.js";

const warmth = new Map<Channel, number>(channels.map((c, i) => [c, i]));

/** Whether `a` is at least as warm as `b` in the P7 ranking. */
export function isWarmerOrEqual(a: Channel, b: Channel): boolean {
  return (warmth.get(a) ?? 99) <= (warmth.get(b) ?? 99);
}

const defaultChannel: Record<ReasonKind, Channel> = {
  get_back: "call",
  matter: "call",
  cadence: "call",
  feedback_call: "call",
  renewal: "in_person",
  birthday: "call",
  anniversary: "call",
  concern: "call",
  rebalance: "handwritten",
  no_next_step: "call",
  manual: "call",
};

/** When a channel goes unanswered, the one to try next: colder written ones move to the phone, the phone to paper. */
const nextWhenUnanswered: Record<Channel, Channel> = {
  in_person: "handwritten",
  video: "call",
  call: "handwritten",
  handwritten: "call",
  message: "call",
  email: "call",
  gift: "handwritten",
  event: "call",
};

/** A feedback call goes by phone, then on paper, and by email only as the last resort (P10). */
const feedbackLadder: readonly Channel[] = ["call", "handwritten", "email"];

export const channelLabel: Record<Channel, string> = {
  in_person: "a meeting in person",
  video: "a video call",
  call: "a call",
  handwritten: "a handwritten note",
  message: "a message",
  email: "an email",
  gift: "a small gift",
  event: "an invitation to an event",
};

/** The channel before any change for silence: their preference, else the reason's warm default. */
export function baseChannel(kind: ReasonKind, stage: Stage, preferred: Channel | null): Channel {
  if (kind === "feedback_call") return preferred && isWarmerOrEqual(preferred, "call") ? preferred : "call";
  if (preferred) return preferred;
  if (kind === "cadence" && stage === "advocate") return "in_person";
  return defaultChannel[kind];
}

/** The channel after `level` stretches of unanswered touches (level 0: unchanged). */
export function channelAfterSilence(kind: ReasonKind, base: Channel, level: number): Channel {
  if (level <= 0) return base;
  if (kind === "feedback_call") {
    const start = Math.max(0, feedbackLadder.indexOf(base));
    return feedbackLadder[Math.min(start + level, feedbackLadder.length - 1)] ?? "email";
  }
  let channel = base;
  for (let i = 0; i < level; i++) channel = nextWhenUnanswered[channel];
  return channel;
}
