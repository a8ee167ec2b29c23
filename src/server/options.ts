// What the HTTP face is built from; its own file so that routes need not import the app.
import type { Deps } from "../services/context.js";
import type { Scheduler } from "../services/scheduler.js";

export interface AppOptions {
  deps: Deps;
  version: string;
  secureCookies?: boolean;
  logLevel?: string;
  /** Proxies trusted to name the client (`X-Forwarded-For`): all (true) or these addresses. */
  trustProxy?: boolean | string;
  /** Where log lines go (standard output by default; tests read them). */
  logStream?: NodeJS.WritableStream;
  /** The built web app; dist/web by default. */
  webDir?: string;
  /** Scheduled work (webhook deliveries), started with the app and stopped on close; none by default. */
  scheduler?: Scheduler;
}
