// The call brief (P6) as the API serves it: the domain's `Brief`, field for field.
import { z } from "zod";
import type { Brief } from "../domain/brief/index.js";
import {
  channels,
  dealStages,
  directions,
  factKinds,
  intents,
  reasonKinds,
  stages,
} from "../domain/model.js";
import { warning } from "./common.js";

const planSteps = ["rapport", "listening", "needs", "solution"] as const;

const health = z.object({
  score: z.number(),
  parts: z.array(z.object({ key: z.string(), score: z.number(), detail: z.string() })),
});

export const brief = z
  .object({
    contact: z.object({
      id: z.string(),
      name: z.string(),
      stage: z.enum(stages),
      title: z.string().nullable(),
      organization: z.string().nullable(),
    }),
    health: health.nullable(),
    /** Outbound touches by intent over the ledger window; `balance` is gives minus asks (P4). */
    ledger: z.object({
      give: z.number().int(),
      ask: z.number().int(),
      service: z.number().int(),
      balance: z.number().int(),
    }),
    /** Why they are on today's agenda, best first (empty when nothing is due). */
    agendaReasons: z.array(z.object({ kind: z.enum(reasonKinds), detail: z.string() })),
    /** Active contracts, soonest end first, with where their renewal stands today. */
    contracts: z.array(
      z.object({
        contractId: z.string(),
        title: z.string(),
        endsOn: z.string(),
        renewal: z.enum(["ended", "due", "near", "later"]),
      }),
    ),
    lastTouches: z.array(
      z.object({
        touchId: z.string(),
        on: z.string(),
        channel: z.enum(channels),
        intent: z.enum(intents),
        direction: z.enum(directions),
        summary: z.string(),
      }),
    ),
    lifeNow: z.array(z.object({ kind: z.enum(factKinds), text: z.string(), learnedOn: z.string() })),
    openMatters: z.array(
      z.object({
        matterId: z.string(),
        summary: z.string(),
        eventOn: z.string().nullable(),
        followUpOn: z.string().nullable(),
        askAbout: z.string(),
      }),
    ),
    needs: z.array(z.object({ dealTitle: z.string(), needs: z.string(), stage: z.enum(dealStages) })),
    openConcerns: z.array(z.object({ dealTitle: z.string(), text: z.string() })),
    /** The date agreed on the latest touch that agreed one, and where it sits relative to today. */
    lastGetBack: z
      .object({ on: z.string(), touchId: z.string(), when: z.enum(["past", "today", "upcoming"]) })
      .nullable(),
    questionsToAsk: z.array(z.string()),
    /** Rapport, listening, needs, solution: in that order, always four items. */
    plan: z.array(z.object({ step: z.enum(planSteps), doThis: z.string(), avoid: z.string().optional() })),
    likelyAnswers: z.array(
      z.object({ theyMaySay: z.string(), weRespond: z.string(), source: z.enum(["past", "generic"]) }),
    ),
    goal: z.string(),
    warnings: z.array(warning),
  })
  .meta({ id: "Brief" });

// The schema and the domain type must stay one shape: this fails to compile when they drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameShape: Same<z.infer<typeof brief>, Brief> = true;

export const briefQuery = z.strictObject({
  /** `text` for the printable markdown sheet; by default JSON, or markdown when `Accept: text/markdown`. */
  format: z.enum(["json", "text"]).optional(),
});
