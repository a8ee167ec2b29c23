// The draft coach over HTTP (P12): lint a draft, optionally for a contact, and list the rules.
import { z } from "zod";
import { draftKinds, ruleIds } from "../domain/coach/index.js";
import { id } from "./common.js";

/** The longest draft the coach reads, over HTTP and on the command line. */
export const maxDraftLength = 20_000;

export const coachRequest = z
  .strictObject({
    text: z.string().max(maxDraftLength),
    kind: z.enum(draftKinds),
    /** Read the draft for this contact: their stage, open concerns, facts and name. */
    contactId: id.optional(),
  })
  .meta({ id: "CoachRequest" });
export type CoachRequest = z.infer<typeof coachRequest>;

const severity = z.enum(["error", "warning", "info"]);

export const finding = z
  .object({
    rule: z.enum(ruleIds),
    severity,
    /** Character offsets into the text, end exclusive: `excerpt === text.slice(start, end)`. */
    start: z.number().int(),
    end: z.number().int(),
    excerpt: z.string(),
    message: z.string(),
    suggestion: z.string(),
  })
  .meta({ id: "CoachFinding" });

export const coachSummary = z.object({
  errors: z.number().int(),
  warnings: z.number().int(),
  infos: z.number().int(),
});
export type CoachSummary = z.infer<typeof coachSummary>;

export const coachReport = z
  .object({ findings: z.array(finding), summary: coachSummary })
  .meta({ id: "CoachReport" });
export type CoachReport = z.infer<typeof coachReport>;

export const coachRule = z
  .object({
    id: z.enum(ruleIds),
    severity,
    description: z.string(),
    /** False when the workspace's coach settings turn the rule off. */
    enabled: z.boolean(),
  })
  .meta({ id: "CoachRule" });
export type CoachRule = z.infer<typeof coachRule>;

export const coachRules = z.object({ rules: z.array(coachRule) }).meta({ id: "CoachRules" });
