import { z } from "zod";
import { ruleIds } from "../domain/coach/index.js";
import { stages } from "../domain/model.js";

const days = z.number().int().min(1).max(3650);

export const agendaSettingsPatch = z.strictObject({
  cadenceDays: z
    .strictObject(Object.fromEntries(stages.map((s) => [s, days.nullable().optional()])))
    .optional(),
  feedbackWindowDays: days.optional(),
  feedbackAfterFollowUps: z.number().int().min(0).max(10).optional(),
  renewalWindowDays: days.optional(),
  agendaSize: z.number().int().min(1).max(200).optional(),
  attemptsBeforeStretch: z.number().int().min(1).max(50).optional(),
  stretchFactors: z.array(z.number().min(1).max(20)).max(10).optional(),
  ledgerWindowDays: days.optional(),
  noOccasionGiftEveryDays: days.optional(),
});

export const coachSettings = z.strictObject({
  disabledRules: z.array(z.enum(ruleIds)).max(50).optional(),
  extraPhrases: z
    .partialRecord(z.enum(ruleIds), z.array(z.string().trim().min(1).max(200)).max(200))
    .optional(),
});

/** What a workspace stores: every part optional, defaults apply where absent. */
export const workspaceSettings = z
  .object({
    agenda: agendaSettingsPatch.default({}),
    coach: coachSettings.default({}),
    autoConfirmMatters: z.boolean().default(false),
  })
  .meta({ id: "WorkspaceSettings" });
export type WorkspaceSettings = z.infer<typeof workspaceSettings>;

export const settingsPatch = z.strictObject({
  agenda: agendaSettingsPatch.optional(),
  coach: coachSettings.optional(),
  autoConfirmMatters: z.boolean().optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatch>;
