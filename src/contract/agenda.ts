// The agenda (who to talk to today, why, how to open), acting on its items, relationship health
// and insights: the public shapes, validated at the edge.
import { z } from "zod";
import { healthBandNames, healthPartKeys } from "../domain/health.js";
import { channels, dealStages, intents, reasonKinds, stages } from "../domain/model.js";
import { id, isoDate, pageOf, pageQuery } from "./common.js";
import { followUp } from "./follow-ups.js";

export const agendaQuery = z.strictObject({
  /** The day to plan; today in your time zone when absent. */
  date: isoDate.optional(),
});
export type AgendaQuery = z.infer<typeof agendaQuery>;

export const agendaReason = z
  .object({
    kind: z.enum(reasonKinds),
    detail: z.string(),
    /** The computed due date: with the contact and kind, the key acting on the item records. */
    dueOn: z.string(),
    overdueDays: z.number().int(),
    /** The matter, contract, concern or stored follow-up behind it. */
    refId: z.string().optional(),
  })
  .meta({ id: "AgendaReason" });

export const agendaItem = z
  .object({
    contactId: z.string(),
    contactName: z.string(),
    reason: agendaReason,
    /** Every reason merged into this item, best first. */
    reasons: z.array(agendaReason),
    dueOn: z.string(),
    overdueDays: z.number().int(),
    priority: z.number().int(),
    why: z.string(),
    suggested: z.object({
      intent: z.enum(intents),
      channel: z.enum(channels),
      opener: z.string(),
      idea: z.string().optional(),
    }),
    /** Undated personal matters to bring up during this touch. */
    alsoAsk: z.array(z.object({ matterId: z.string(), summary: z.string() })).optional(),
  })
  .meta({ id: "AgendaItem" });
export type AgendaItemBody = z.infer<typeof agendaItem>;

export const agenda = z
  .object({
    date: z.string(),
    timeZone: z.string(),
    items: z.array(agendaItem),
    /** The first page of the items due too, ranked after the first `agendaSize` items. */
    later: z.array(agendaItem),
    /** How many items are due later, on every page. */
    laterTotal: z.number().int(),
    /** Hand to `GET /agenda/later` for the next page; `null`: `later` holds them all. */
    laterCursor: z.string().nullable(),
  })
  .meta({ id: "Agenda" });

export const agendaLaterQuery = z.strictObject({
  /** The day to plan, when no cursor says it; today in your time zone when absent. */
  date: isoDate.optional(),
  /**
   * From the agenda's `laterCursor` or the previous page's `nextCursor`; the first page when absent.
   * Longer than other lists' cursors: it holds a contact's whole name, which places ties.
   */
  cursor: z.string().max(4_000).optional(),
  limit: pageQuery.limit,
});
export type AgendaLaterQuery = z.infer<typeof agendaLaterQuery>;

export const agendaLater = pageOf(agendaItem)
  .extend({ date: z.string(), total: z.number().int() })
  .meta({ id: "AgendaLater" });

/** A reason as the agenda gave it; `detail` and `overdueDays` may be sent back and are not used. */
const actionReason = z.strictObject({
  kind: z.enum(reasonKinds),
  dueOn: isoDate,
  /** The reason's refId: when it names a stored follow-up of this contact, that row is updated. */
  refId: id.optional(),
  detail: z.string().max(5_000).optional(),
  overdueDays: z.number().int().optional(),
});

export const agendaActionBody = z
  .strictObject({
    contactId: id,
    action: z.enum(["complete", "snooze", "dismiss"]),
    reasons: z.array(actionReason).min(1).max(20),
    /** With `snooze` only: the day it comes back (after today). */
    until: isoDate.optional(),
    /** With `dismiss` only, and required there: why. */
    reason: z.string().trim().min(1).max(500).optional(),
  })
  .superRefine((body, ctx) => {
    const need = (field: "until" | "reason", action: string, message: string) => {
      const given = body[field] !== undefined;
      if (body.action === action && !given) ctx.addIssue({ code: "custom", path: [field], message });
      if (body.action !== action && given) {
        ctx.addIssue({ code: "custom", path: [field], message: `only with action "${action}"` });
      }
    };
    need("until", "snooze", "say until when to snooze");
    need("reason", "dismiss", "say why it is dismissed");
  })
  .meta({ id: "AgendaAction" });
export type AgendaActionBody = z.infer<typeof agendaActionBody>;

export const agendaActionResult = z
  .object({
    contactId: z.string(),
    action: z.enum(["complete", "snooze", "dismiss"]),
    /** The follow-up rows written, one per reason. */
    followUps: z.array(followUp),
    /** What the contact's agenda item is now on the agenda's day (`null`: nothing due). */
    item: agendaItem.nullable(),
  })
  .meta({ id: "AgendaActionResult" });

export const health = z
  .object({
    contactId: z.string(),
    date: z.string(),
    score: z.number().int(),
    parts: z.array(
      z.object({
        key: z.enum(healthPartKeys),
        score: z.number().int(),
        weight: z.number().int(),
        detail: z.string(),
      }),
    ),
    band: z.enum(healthBandNames),
  })
  .meta({ id: "Health" });

export const insightsQuery = z.strictObject({
  /** First day of the window; `to` minus the ledger window when absent. */
  from: isoDate.optional(),
  /** Last day of the window (included); today in your time zone when absent. */
  to: isoDate.optional(),
});
export type InsightsQuery = z.infer<typeof insightsQuery>;

const share = z.number().nullable();
const stageCounts = z.object(Object.fromEntries(stages.map((s) => [s, z.number().int()])));

const insightFigures = z.object({
  giveTake: z.object({
    give: z.number().int(),
    ask: z.number().int(),
    service: z.number().int(),
    balance: z.number().int(),
    givesPerAsk: share,
  }),
  cadence: z.object({ within: z.number().int(), of: z.number().int(), share }),
  commitments: z.object({ kept: z.number().int(), due: z.number().int(), share }),
  depth: z.object({ average: share }),
  referrals: z.number().int(),
  renewals: z.object({ renewed: z.number().int(), ended: z.number().int(), share }),
  stageFlow: z.array(z.object({ month: z.string(), into: stageCounts, promoted: z.number().int() })),
  /** Live deals today per stage, whatever the window, with what they are worth per currency. */
  pipeline: z.array(
    z.object({
      stage: z.enum(dealStages),
      deals: z.number().int(),
      totals: z.array(z.object({ currency: z.string(), amount: z.number() })),
    }),
  ),
  health: z
    .object({
      bands: z.array(
        z.object({
          band: z.enum(healthBandNames),
          from: z.number().int(),
          to: z.number().int(),
          contacts: z.number().int(),
        }),
      ),
      /** The middle score of the live contacts; `null` with none. */
      median: z.number().nullable(),
    })
    .meta({ id: "HealthDistribution" }),
});

export const insights = z
  .object({
    from: z.string(),
    to: z.string(),
    timeZone: z.string(),
    owners: z.array(insightFigures.extend({ ownerId: z.string(), name: z.string() })),
    team: insightFigures,
  })
  .meta({ id: "Insights" });
export type InsightsBody = z.infer<typeof insights>;
