import type { Command } from "commander";
import { z } from "zod";
import { email } from "../../contract/accounts.js";
import { actorForEmail, createUser, isSetUp } from "../../services/accounts.js";
import { loadDemo } from "../../services/demo/load.js";
import { parseOptions } from "../options.js";
import { print, progress, progressDone, withStore } from "../run.js";

const DEMO_USER = {
  email: "demo@example.com",
  password: "rapport-demo",
  name: "Demo Seller",
  workspace: "Demo team",
};

export function demoCommand(program: Command) {
  program
    .command("demo")
    .description("Fill a workspace with about 30 contacts whose stories show Rapport at work")
    .option(
      "--email <email>",
      "the user whose (empty) workspace to fill; default: the only user, or a new demo user",
    )
    .option("--json", "print the result as JSON")
    .action((raw: Record<string, unknown>) =>
      withStore(async ({ deps }) => {
        const opts = parseOptions(z.object({ email: email.optional(), json: z.boolean().optional() }), raw);
        const fresh = !opts.email && !(await isSetUp(deps));
        const signedIn = fresh ? await createUser(deps, DEMO_USER) : await actorForEmail(deps, opts.email);
        const result = await loadDemo(deps, signedIn.actor, (done, total) =>
          progress(`demo: ${done}/${total} stories`),
        );
        progressDone();
        const login = fresh ? { email: DEMO_USER.email, password: DEMO_USER.password } : null;
        print(opts.json, { workspace: signedIn.workspace, ...result, login }, () =>
          [
            `Loaded ${result.contacts} contacts, ${result.touches} touches, ${result.facts} facts, ${result.matters} matters, ` +
              `${result.deals} deals and ${result.contracts} contracts into “${signedIn.workspace.name}”.`,
            ...(login ? [`Sign in as ${login.email} with password ${login.password}.`] : []),
          ].join("\n"),
        );
      }),
    );
}
