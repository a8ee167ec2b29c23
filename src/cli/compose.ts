// The composition root: the one file outside store/ that opens the database. Commands and the
// HTTP app receive the services' `Deps` built here and never reach into the store themselves.
import type { Deps } from "../services/context.js";
import { migrate, openStore, type DatabaseConfig } from "../store/db.js";

export interface Composed {
  deps: Deps;
  /** Migrations applied on opening, oldest first. */
  applied: string[];
  /** The database's name, for people reading the output. */
  database: string;
  close: () => Promise<void>;
}

/** Opens the configured database, migrates it, and pairs it with the real clock. */
export async function compose(config: DatabaseConfig): Promise<Composed> {
  const store = openStore(config);
  try {
    const applied = await migrate(store);
    const deps = { store, now: () => new Date() };
    return { deps, applied, database: store.dialect, close: () => store.close() };
  } catch (error) {
    await store.close();
    throw error;
  }
}
