// `rapport touch log`: log what just happened with someone, see what the method warns about and
// which personal matters and facts the notes suggest; `--confirm` saves those too.
import type { Command } from "commander";
import { z } from "zod";
import { email } from "../../contract/accounts.js";
import { touchCreate } from "../../contract/touches.js";
import { channelLabel } from "../../domain/agenda/index.js";
import { channels, intents } from "../../domain/model.js";
import { actorForEmail } from "../../services/accounts.js";
import { resolveContact } from "../../services/brief.js";
import type { Actor, Deps } from "../../services/context.js";
import { createFact } from "../../services/facts.js";
import { createMatter } from "../../services/matters.js";
import { logTouch, type LoggedTouch } from "../../services/touches.js";
import { parseOptions } from "../options.js";
import { print, withStore } from "../run.js";

const logOptions = z.object({
  notes: z.string().max(20_000),
  intent: z.enum(intents).default("give"),
  channel: z.enum(channels).default("call"),
  direction: z.enum(["outbound", "inbound"]).default("outbound"),
  getBackOn: z.string().optional(),
  confirm: z.boolean().optional(),
  email: email.optional(),
  json: z.boolean().optional(),
});

/** Saves what the notes suggested (the matters not saved already by the workspace's auto-confirm). */
async function confirmProposals(deps: Deps, actor: Actor, touch: LoggedTouch) {
  const matters = [...touch.savedMatters];
  if (matters.length === 0) {
    for (const m of touch.proposals.matters) {
      const { summary, kind, eventOn, followUpOn } = m;
      matters.push(
        await createMatter(deps, actor, {
          contactId: touch.contactId,
          summary,
          kind,
          eventOn,
          followUpOn,
          status: "open",
          sourceTouchId: touch.id,
        }),
      );
    }
  }
  const facts = [];
  for (const f of touch.proposals.facts) {
    facts.push(
      await createFact(deps, actor, {
        contactId: touch.contactId,
        kind: f.kind,
        text: f.text,
        sourceTouchId: touch.id,
      }),
    );
  }
  return { matters, facts };
}

function report(touch: LoggedTouch, name: string, confirmed: boolean): string {
  const lines = [`Logged ${channelLabel[touch.channel]} (${touch.intent}, ${touch.direction}) with ${name}.`];
  for (const w of touch.warnings) lines.push(`Watch out: ${w.message}`);
  const { matters, facts } = touch.proposals;
  const saved = confirmed || touch.savedMatters.length > 0;
  for (const m of matters) {
    const when = m.followUpOn ? `ask on ${m.followUpOn}` : "ask at the next touch";
    lines.push(`${saved ? "Saved" : "Proposed"} matter: ${m.summary} (${when})`);
  }
  for (const f of facts)
    lines.push(`${confirmed ? "Saved" : "Proposed"} fact (${f.kind.replaceAll("_", " ")}): ${f.text}`);
  if (!confirmed && matters.length + facts.length > touch.savedMatters.length) {
    lines.push(
      "Proposals not saved: log with --confirm to save them with the touch, or confirm them on the contact's page.",
    );
  }
  return lines.join("\n");
}

export function touchCommands(program: Command) {
  const touch = program.command("touch").description("Log touches: every interaction with a contact");
  touch
    .command("log")
    .description("Log a touch that just happened, with its warnings and the matters its notes suggest")
    .argument("<contact>", "an id, an exact email, or part of their name")
    .requiredOption("--notes <text>", "what happened, in your words")
    .option("--intent <intent>", `one of ${intents.join(", ")}`, "give")
    .option("--channel <channel>", `one of ${channels.join(", ")}`, "call")
    .option("--direction <direction>", "outbound (you reached out) or inbound", "outbound")
    .option("--get-back-on <date>", "the day you both agreed to get back to each other (YYYY-MM-DD)")
    .option("--confirm", "save the proposed matters and facts too")
    .option("--email <email>", "the user who logs it; default: the only user")
    .option("--json", "print the touch as the API returns it")
    .action((reference: string, raw: Record<string, unknown>) =>
      withStore(async ({ deps }) => {
        const opts = parseOptions(logOptions, raw);
        const { actor } = await actorForEmail(deps, opts.email);
        const contact = await resolveContact(deps, actor, reference);
        const input = parseOptions(touchCreate, {
          contactId: contact.id,
          occurredAt: deps.now().toISOString(),
          channel: opts.channel,
          intent: opts.intent,
          direction: opts.direction,
          notes: opts.notes,
          ...(opts.getBackOn ? { getBackOn: opts.getBackOn } : {}),
        });
        const logged = await logTouch(deps, actor, input);
        const saved = opts.confirm ? await confirmProposals(deps, actor, logged) : null;
        print(opts.json, saved ? { ...logged, saved } : logged, () =>
          report(logged, contact.name, saved !== null),
        );
      }),
    );
}
