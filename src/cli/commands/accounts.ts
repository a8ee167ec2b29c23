import type { Command } from "commander";
import { z } from "zod";
import { email, password } from "../../contract/accounts.js";
import { shortText } from "../../contract/common.js";
import { createUser } from "../../services/accounts.js";
import { createTokenForEmail } from "../../services/tokens.js";
import { parseOptions } from "../options.js";
import { print, withStore } from "../run.js";

const userOptions = z.object({
  email,
  password,
  name: shortText,
  workspace: shortText,
  json: z.boolean().optional(),
});

export function accountCommands(program: Command) {
  program
    .command("migrate")
    .description("Apply pending database migrations")
    .option("--json", "print the result as JSON")
    .action((opts: { json?: boolean }) =>
      // Opening the store migrates it: this command only reports what that did.
      withStore(({ applied, database }) => {
        print(opts.json, { applied, database }, () => `Database (${database}) is up to date.`);
      }),
    );

  const user = program.command("user").description("Manage users");
  user
    .command("create")
    .description("Create a user and add them to a workspace (created, with them as owner, if new)")
    .requiredOption("--email <email>", "their email address")
    .requiredOption("--password <password>", "at least 10 characters")
    .requiredOption("--name <name>", "their name")
    .requiredOption("--workspace <name>", "the workspace (team) name")
    .option("--json", "print the result as JSON")
    .action((raw: Record<string, unknown>) =>
      withStore(async ({ deps }) => {
        const opts = parseOptions(userOptions, raw);
        const created = await createUser(deps, opts);
        print(
          opts.json,
          { user: created.user, workspace: created.workspace, role: created.actor.role },
          () => `Created ${created.user.email} as ${created.actor.role} of “${created.workspace.name}”.`,
        );
      }),
    );

  const token = program.command("token").description("Manage personal API tokens");
  token
    .command("create")
    .description("Create an API token for a user (printed once; store it safely)")
    .requiredOption("--email <email>", "the user's email")
    .option("--name <name>", "a label for the token", "CLI token")
    .option("--json", "print the result as JSON")
    .action((raw: Record<string, unknown>) =>
      withStore(async ({ deps }) => {
        const opts = parseOptions(z.object({ email, name: shortText, json: z.boolean().optional() }), raw);
        const created = await createTokenForEmail(deps, opts.email, opts.name);
        print(opts.json, created, () => created.token);
      }),
    );
}
