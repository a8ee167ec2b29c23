// `rapport webhook add|list|remove`: an owner's webhooks from the terminal, through the same service.
import type { Command } from "commander";
import { z } from "zod";
import { email } from "../../contract/accounts.js";
import { webhookCreate } from "../../contract/webhooks.js";
import { eventTypes, type Webhook } from "../../domain/events.js";
import { actorForEmail } from "../../services/accounts.js";
import { createWebhook, deleteWebhook, listWebhooks } from "../../services/webhooks.js";
import { parseOptions } from "../options.js";
import { print, withStore } from "../run.js";

const common = { email: email.optional(), json: z.boolean().optional() };
const addOptions = z.object({ ...common, events: z.string().transform((list) => list.split(",")) });
const otherOptions = z.object(common);

const oneLine = (w: Webhook) => `${w.url} · ${w.events.join(", ")} · ${w.id}`;

export function webhookCommands(program: Command) {
  const webhook = program.command("webhook").description("Add, list and remove webhooks (workspace owners)");
  const asUser = "--email <email>";
  const asUserHelp = "the owner acting; default: the only user";
  webhook
    .command("add")
    .description("Send these events to a URL, signed (Standard Webhooks); prints the secret, once")
    .argument("<url>", "an http or https URL")
    .requiredOption("--events <types>", `comma-separated: ${eventTypes.join(", ")}`)
    .option(asUser, asUserHelp)
    .option("--json", "print {id, secret}")
    .action((url: string, raw: Record<string, unknown>) =>
      withStore(async ({ deps }) => {
        const opts = parseOptions(addOptions, raw);
        const input = parseOptions(webhookCreate, { url, events: opts.events });
        const { actor } = await actorForEmail(deps, opts.email);
        const { id, secret, webhook: saved } = await createWebhook(deps, actor, input);
        print(
          opts.json,
          { id, secret },
          () => `Added ${oneLine(saved)}\nSigning secret (shown once): ${secret}`,
        );
      }),
    );
  webhook
    .command("list")
    .description("List the workspace's webhooks")
    .option(asUser, asUserHelp)
    .option("--json", "print the page as the API returns it")
    .action((raw: Record<string, unknown>) =>
      withStore(async ({ deps }) => {
        const opts = parseOptions(otherOptions, raw);
        const { actor } = await actorForEmail(deps, opts.email);
        const page = await listWebhooks(deps, actor, { limit: 200, archived: "exclude" });
        print(opts.json, page, () =>
          page.items.length === 0 ? "No webhooks." : page.items.map(oneLine).join("\n"),
        );
      }),
    );
  webhook
    .command("remove")
    .description("Delete a webhook: nothing more is sent to it")
    .argument("<id>", "the webhook's id")
    .option(asUser, asUserHelp)
    .option("--json", "print the deleted webhook")
    .action((id: string, raw: Record<string, unknown>) =>
      withStore(async ({ deps }) => {
        const opts = parseOptions(otherOptions, raw);
        const { actor } = await actorForEmail(deps, opts.email);
        const removed = await deleteWebhook(deps, actor, id);
        print(opts.json, removed, () => `Removed ${oneLine(removed)}`);
      }),
    );
}
