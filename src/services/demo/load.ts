// Loads the demo book into a workspace through the same use cases the API uses.
import { addDays, todayIn } from "../../domain/dates.js";
import { conflict } from "../../errors.js";
import { createContact, listContacts } from "../contacts.js";
import type { Actor, Deps } from "../context.js";
import { addConcern, changeConcern, createDeal } from "../deals.js";
import { createContract } from "../contracts.js";
import { createFact } from "../facts.js";
import { createMatter } from "../matters.js";
import { createOrganization } from "../organizations.js";
import { logTouch } from "../touches.js";
import { stories, type Story } from "./stories.js";

export interface DemoResult {
  contacts: number;
  touches: number;
  facts: number;
  matters: number;
  deals: number;
  contracts: number;
}

/** Fills an empty workspace with the demo stories; refuses one that already has contacts. */
export async function loadDemo(
  deps: Deps,
  actor: Actor,
  onStory?: (done: number, total: number) => void,
): Promise<DemoResult> {
  const existing = await listContacts(deps, actor, { limit: 1, archived: "include" });
  if (existing.items.length > 0)
    throw conflict("This workspace already has contacts; load the demo into an empty one");
  const today = todayIn(deps.now(), actor.timeZone);
  const result: DemoResult = { contacts: 0, touches: 0, facts: 0, matters: 0, deals: 0, contracts: 0 };
  const organizations = new Map<string, string>();
  let done = 0;
  for (const story of stories) {
    await loadStory(deps, actor, story, today, organizations, result);
    onStory?.(++done, stories.length);
  }
  return result;
}

async function loadStory(
  deps: Deps,
  actor: Actor,
  story: Story,
  today: string,
  organizations: Map<string, string>,
  result: DemoResult,
): Promise<void> {
  const day = (offset: number) => addDays(today, offset);
  let organizationId: string | null = null;
  if (story.organization) {
    organizationId = organizations.get(story.organization) ?? null;
    if (!organizationId) {
      organizationId = (await createOrganization(deps, actor, { name: story.organization, notes: "" })).id;
      organizations.set(story.organization, organizationId);
    }
  }
  const contact = await createContact(deps, actor, {
    name: story.name,
    organizationId,
    title: story.title ?? null,
    stage: story.stage,
    emails: story.email ? [story.email] : [],
    phones: story.phone ? [story.phone] : [],
    urls: [],
    labels: {},
    birthday: story.birthday === "today" ? `--${today.slice(5)}` : (story.birthday ?? null),
    howWeMet: story.howWeMet ?? null,
    tags: story.tags ?? [],
    preferredChannel: story.preferredChannel ?? null,
  });
  result.contacts++;

  let dealId: string | null = null;
  if (story.deal) {
    const { concerns, decisionDay, ...deal } = story.deal;
    const saved = await createDeal(deps, actor, {
      ...deal,
      contactId: contact.id,
      decisionOn: decisionDay === undefined ? null : day(decisionDay),
      overrideReason: null,
    });
    dealId = saved.id;
    for (const concern of concerns ?? []) {
      const added = await addConcern(deps, actor, saved.id, { text: concern.text });
      if (concern.response) {
        await changeConcern(deps, actor, saved.id, added.id, {
          status: "answered",
          response: concern.response,
        });
      }
    }
    result.deals++;
  }
  for (const touch of story.touches ?? []) {
    await logTouch(deps, actor, {
      contactId: contact.id,
      occurredAt: `${day(touch.day)}T10:00:00.000Z`,
      channel: touch.channel,
      intent: touch.intent,
      direction: touch.direction,
      notes: touch.notes,
      steps: touch.steps ?? [],
      getBackOn: touch.getBackDay === undefined ? null : day(touch.getBackDay),
      dealId: touch.steps?.length ? dealId : null,
    });
    result.touches++;
  }
  for (const fact of story.facts ?? []) {
    await createFact(deps, actor, {
      contactId: contact.id,
      kind: fact.kind,
      text: fact.text,
      learnedOn: day(fact.day),
    });
    result.facts++;
  }
  for (const matter of story.matters ?? []) {
    await createMatter(deps, actor, {
      contactId: contact.id,
      summary: matter.summary,
      kind: matter.kind,
      eventOn: matter.eventDay === undefined ? null : day(matter.eventDay),
      followUpOn: matter.followUpDay === undefined ? null : day(matter.followUpDay),
      status: "open",
    });
    result.matters++;
  }
  if (story.contract) {
    const { title, startDay, endDay, value } = story.contract;
    await createContract(deps, actor, {
      contactId: contact.id,
      title,
      startsOn: day(startDay),
      endsOn: day(endDay),
      value,
      status: "active",
    });
    result.contracts++;
  }
}
