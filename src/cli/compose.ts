// The composition root: the one file outside store/ that opens the database. Commands and the
// HTTP app receive the services' `Deps` built here and never reach into the store themselves.
import type { Config } from "../config.js";
import type { Deps } from "../services/context.js";
import { migrate, openStore } from "../store/db.js";

export interface Composed {
  deps: Deps;
  /** Migrations applied on opening, oldest first. */
  applied: string[];
  /** The database's name, for people reading the output. */
  database: string;
  close: () => Promise<void>;
}

/**
 * Opens the configured database, migrates it, and pairs it with the real clock and the
 * configured settings of the services.
 */
export async function compose(config: Config): Promise<Composed> {
  const store = openStore(config.database);
  try {
    const applied = await migrate(store);
    const deps: Deps = {
      store,
      now: () => new Date(),
      sessions: config.sessions,
      signInLimits: config.signInLimits,
      agendaCacheBytes: config.agendaCacheBytes,
      insideWebhookTargets: config.insideWebhookTargets,
    };
    return { deps, applied, database: store.dialect, close: () => store.close() };
  } catch (error) {
    await store.close();
    throw error;
  }
}
