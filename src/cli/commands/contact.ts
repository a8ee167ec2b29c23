// `rapport contact add|list|show`: the book from the terminal, through the contacts service.
import type { Command } from "commander";
import { z } from "zod";
import { email } from "../../contract/accounts.js";
import { contactCreate } from "../../contract/contacts.js";
import type { Contact } from "../../domain/model.js";
import { stages } from "../../domain/model.js";
import { actorForEmail } from "../../services/accounts.js";
import { resolveContact } from "../../services/brief.js";
import { createContact, listContacts } from "../../services/contacts.js";
import type { Actor, Deps } from "../../services/context.js";
import { createOrganization, getOrganization, listOrganizations } from "../../services/organizations.js";
import { parseOptions } from "../options.js";
import { print, withStore } from "../run.js";

const addOptions = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email().optional(),
  phone: z.string().trim().min(3).max(40).optional(),
  stage: z.enum(stages).optional(),
  organization: z.string().trim().min(1).max(200).optional(),
  user: email.optional(),
  json: z.boolean().optional(),
});

const listOptions = z.object({
  stage: z.enum(stages).optional(),
  search: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  email: email.optional(),
  json: z.boolean().optional(),
});

const showOptions = z.object({ email: email.optional(), json: z.boolean().optional() });

/** The organization of that name (any case), created when the workspace has none yet. */
async function organizationNamed(deps: Deps, actor: Actor, name: string): Promise<string> {
  const found = await listOrganizations(deps, actor, { q: name, limit: 50, archived: "exclude" });
  const same = found.items.find((o) => o.name.toLowerCase() === name.toLowerCase());
  return same ? same.id : (await createOrganization(deps, actor, { name, notes: "" })).id;
}

function oneLine(c: Contact): string {
  const email = c.emails[0] ? ` <${c.emails[0]}>` : "";
  return `${c.name}${email} · ${c.stage.replaceAll("_", " ")} · ${c.id}`;
}

function details(c: Contact, organization: string | null): string {
  const rows: [string, string | null][] = [
    ["Stage", c.stage.replaceAll("_", " ")],
    ["Title", c.title],
    ["Organization", organization],
    ["Emails", c.emails.join(", ") || null],
    ["Phones", c.phones.join(", ") || null],
    ["Birthday", c.birthday],
    ["How we met", c.howWeMet],
    ["Tags", c.tags.join(", ") || null],
    ["Id", c.id],
  ];
  const lines = rows.filter(([, v]) => v !== null && v !== "").map(([k, v]) => `${k}: ${v}`);
  return [`# ${c.name}`, "", ...lines].join("\n");
}

export function contactCommands(program: Command) {
  const contact = program.command("contact").description("Add, list and show the people in your book");
  contact
    .command("add")
    .description("Add a contact (the organization is created when it is new)")
    .requiredOption("--name <name>", "their full name")
    .option("--email <email>", "their email address")
    .option("--phone <phone>", "their phone number")
    .option("--stage <stage>", `one of ${stages.join(", ")} (default prospect)`)
    .option("--organization <name>", "where they work")
    .option("--user <email>", "the user whose book it goes in; default: the only user")
    .option("--json", "print the contact as the API returns it")
    .action((raw: Record<string, unknown>) =>
      withStore(async ({ deps }) => {
        const opts = parseOptions(addOptions, raw);
        const { actor } = await actorForEmail(deps, opts.user);
        const organizationId = opts.organization
          ? await organizationNamed(deps, actor, opts.organization)
          : null;
        const input = parseOptions(contactCreate, {
          name: opts.name,
          emails: opts.email ? [opts.email] : [],
          phones: opts.phone ? [opts.phone] : [],
          organizationId,
          ...(opts.stage ? { stage: opts.stage } : {}),
        });
        const saved = await createContact(deps, actor, input);
        print(opts.json, saved, () => `Added ${oneLine(saved)}`);
      }),
    );
  contact
    .command("list")
    .description("List your live contacts by name")
    .option("--stage <stage>", "only this stage")
    .option("--search <text>", "part of a name, an email or an organization")
    .option("--limit <n>", "how many (at most 200)", "50")
    .option("--email <email>", "the user whose book to read; default: the only user")
    .option("--json", "print the page as the API returns it")
    .action((raw: Record<string, unknown>) =>
      withStore(async ({ deps }) => {
        const opts = parseOptions(listOptions, raw);
        const { actor } = await actorForEmail(deps, opts.email);
        const page = await listContacts(deps, actor, {
          limit: opts.limit,
          sort: "name",
          archived: "exclude",
          stage: opts.stage,
          q: opts.search,
        });
        print(opts.json, page, () =>
          page.items.length === 0 ? "No contacts." : page.items.map(oneLine).join("\n"),
        );
      }),
    );
  contact
    .command("show")
    .description("Show one contact")
    .argument("<contact>", "an id, an exact email, or part of their name")
    .option("--email <email>", "the user whose book to read; default: the only user")
    .option("--json", "print the contact as the API returns it")
    .action((reference: string, raw: Record<string, unknown>) =>
      withStore(async ({ deps }) => {
        const opts = parseOptions(showOptions, raw);
        const { actor } = await actorForEmail(deps, opts.email);
        const found = await resolveContact(deps, actor, reference);
        const organization = found.organizationId
          ? (await getOrganization(deps, actor, found.organizationId)).name
          : null;
        print(opts.json, found, () => details(found, organization));
      }),
    );
}
