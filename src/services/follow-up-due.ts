// The `follow_up.due` event: a scheduler job that announces each follow-up once on the day it falls
// due (its due date, or the date it was snoozed to) in its owner's time zone.
import { addDays, todayIn } from "../domain/dates.js";
import type { Deps } from "./context.js";
import { emit } from "./events.js";
import type { Job } from "./scheduler.js";
import { recordNotice, unannouncedDue } from "../store/follow-up-notices.js";

/** Days a follow-up may be overdue and still be announced (after an outage, or a first start). */
export const LOOKBACK_DAYS = 7;

/** Announces every follow-up due at `now` and not yet announced; answers how many it announced. */
export async function announceDueFollowUps(deps: Deps, now: Date): Promise<number> {
  const at = now.toISOString();
  // Every zone's today lies within a day of UTC's.
  const utcToday = todayIn(now);
  const window = { from: addDays(utcToday, -LOOKBACK_DAYS - 1), upTo: addDays(utcToday, 1) };
  let announced = 0;
  for (const due of await unannouncedDue(deps.store.db, window)) {
    const today = todayIn(now, due.timeZone);
    if (due.day > today || due.day < addDays(today, -LOOKBACK_DAYS)) continue;
    const fresh = await deps.store.db.transaction().execute(async (trx) => {
      if (!(await recordNotice(trx, due.followUp.id, due.day, at))) return false;
      await emit(trx, due.workspaceId, "follow_up.due", due.followUp, at);
      return true;
    });
    if (fresh) announced++;
  }
  return announced;
}

/** Looks at most once a minute: a scan of the open follow-ups is not worth making every few seconds. */
export function followUpDueJob(deps: Deps, everyMs = 60_000): Job {
  let last = Number.NEGATIVE_INFINITY;
  return {
    name: "follow-ups-due",
    run: async (now) => {
      if (now.getTime() - last < everyMs) return;
      last = now.getTime();
      await announceDueFollowUps(deps, now);
    },
  };
}
