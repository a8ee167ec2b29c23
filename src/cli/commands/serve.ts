import type { AddressInfo } from "node:net";
import type { Command } from "commander";
import { loadConfig } from "../../config.js";
import { isSetUp } from "../../services/accounts.js";
import { scheduledJobs } from "../../services/jobs.js";
import { createScheduler } from "../../services/scheduler.js";
import { compose } from "../compose.js";
import { version } from "../version.js";
import { fail } from "../run.js";

export function serveCommand(program: Command) {
  program
    .command("serve")
    .description("Migrate the database and serve the API (and the web app when built)")
    .action(async () => {
      try {
        const config = loadConfig();
        const { deps, close } = await compose(config);
        // Loaded here so that other commands do not pay for the HTTP stack at start-up.
        const { buildApp } = await import("../../server/app.js");
        const app = await buildApp({
          deps,
          version,
          secureCookies: config.secureCookies,
          trustProxy: config.trustProxy,
          logLevel: config.logLevel,
          scheduler: createScheduler(scheduledJobs(deps), deps.now),
        });
        const shutdown = () => {
          void app.close().then(close);
        };
        process.once("SIGINT", shutdown);
        process.once("SIGTERM", shutdown);
        await app.listen({ port: config.port, host: config.host });
        // The port bound, which differs from the one asked for when that was 0 (any free port).
        const { port } = app.server.address() as AddressInfo;
        const base = `http://${config.host}:${port}`;
        const where = config.database.kind === "sqlite" ? config.database.file : "PostgreSQL";
        // For the person at the terminal: standard output carries the request log.
        process.stderr.write(`Rapport ${version} on ${base} (database: ${where})\n`);
        process.stderr.write(`Open ${base}/ in your browser. API docs: ${base}/api/docs\n`);
        if (!(await isSetUp(deps))) {
          process.stderr.write(
            `First run: open ${base}/ to create the first account, or try the demo book:\n` +
              `  npx rapport demo   (then sign in as demo@example.com / rapport-demo)\n`,
          );
        }
      } catch (error) {
        fail(error);
      }
    });
}
