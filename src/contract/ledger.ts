// The give/take ledger over rolling windows (P4).
import { z } from "zod";
import { id } from "./common.js";

const MAX_WINDOWS = 6;

/** `30,90,365`: window lengths in days, each 1 to 3650. */
const dayList = z
  .string()
  .regex(/^\d{1,4}(,\d{1,4})*$/, "must be window lengths in days, separated by commas: 30,90,365")
  .transform((s) => [...new Set(s.split(",").map(Number))].sort((a, b) => a - b))
  .refine((days) => days.every((n) => n >= 1 && n <= 3650), "each window must be 1 to 3650 days")
  .refine((days) => days.length <= MAX_WINDOWS, `at most ${MAX_WINDOWS} windows`)
  .meta({ example: "30,90,365" });

export const ledgerQuery = z.strictObject({
  /** Window lengths in days; by default 30, the workspace's ledger window, and 365. */
  days: dayList.optional(),
});
export type LedgerQuery = z.output<typeof ledgerQuery>;

export const ownerLedgerQuery = ledgerQuery.extend({
  /** Whose touches: a member of the workspace; yourself by default. */
  ownerId: id.optional(),
});

const ledgerWindow = z.object({
  days: z.number().int(),
  /** First local day of the window; it ends today. */
  from: z.string(),
  give: z.number().int(),
  ask: z.number().int(),
  service: z.number().int(),
  /** Gives minus asks: above zero is the aim. */
  balance: z.number().int(),
  /** `null` when there were no asks. */
  givesPerAsk: z.number().nullable(),
});

const ledgerView = {
  date: z.string(),
  timeZone: z.string(),
  windows: z.array(ledgerWindow),
};

export const contactLedger = z.object({ contactId: z.string(), ...ledgerView }).meta({ id: "ContactLedger" });
export const ownerLedger = z.object({ ownerId: z.string(), ...ledgerView }).meta({ id: "OwnerLedger" });
