// The secret calendar feed: each user's book of promises (get-backs, matters, renewals, decisions,
// birthdays) as an iCalendar subscription. The secret is the only credential, shown once and
// stored hashed; rotating or revoking it makes the old URL answer 404.
import { calendarEvents } from "../domain/calendar.js";
import { notFound } from "../errors.js";
import { loadBook } from "../store/agenda/book.js";
import { openDecisions } from "../store/agenda/decisions.js";
import { deleteFeed, findFeedByHash, findFeedOf, replaceFeed } from "../store/calendar-feeds.js";
import { signedInAs } from "./accounts.js";
import { todayFor } from "./agenda.js";
import { renderCalendar } from "./calendar-ics.js";
import { nowIso, type Actor, type Deps } from "./context.js";
import { hashSecret, newSecret } from "./secrets.js";
import { agendaSettingsOf, readSettings } from "./settings.js";

export const FEED_PREFIX = "rpc_";

/** A new secret for the actor's feed, replacing any earlier one. */
export async function createFeed(deps: Deps, actor: Actor): Promise<{ secret: string }> {
  const secret = newSecret(FEED_PREFIX);
  await replaceFeed(deps.store.db, actor, hashSecret(secret), nowIso(deps));
  return { secret };
}

/** Whether the actor has a live feed (its URL is never shown again: only rotating gives a new one). */
export async function feedStatus(deps: Deps, actor: Actor): Promise<{ createdAt: string | null }> {
  const feed = await findFeedOf(deps.store.db, actor);
  return { createdAt: feed?.createdAt ?? null };
}

export async function revokeFeed(deps: Deps, actor: Actor): Promise<void> {
  if (!(await deleteFeed(deps.store.db, actor))) throw notFound("calendar feed");
}

/** The feed behind `secret` as iCalendar text; 404 for an unknown, rotated or revoked secret. */
export async function feedCalendar(deps: Deps, secret: string): Promise<string> {
  const feed = await findFeedByHash(deps.store.db, hashSecret(secret));
  const signedIn = feed && (await signedInAs(deps, feed.userId, feed.workspaceId).catch(() => null));
  if (!signedIn) throw notFound("calendar feed");
  const { actor, user } = signedIn;
  const db = deps.store.db;
  const settings = agendaSettingsOf(await readSettings(db, actor.workspaceId));
  const scope = { workspaceId: actor.workspaceId, ownerId: actor.userId };
  const [book, decisions] = await Promise.all([
    loadBook(db, scope, {
      today: todayFor(deps, actor),
      timeZone: actor.timeZone,
      ledgerWindowDays: settings.ledgerWindowDays,
    }),
    openDecisions(db, scope),
  ]);
  return renderCalendar({
    name: `Rapport: ${user.name}`,
    timeZone: actor.timeZone,
    stamp: deps.now(),
    events: calendarEvents(book, decisions, settings.renewalWindowDays),
  });
}
