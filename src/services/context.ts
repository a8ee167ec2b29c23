// What every use case receives: the store, a clock, and who is acting.
import type { Role } from "../domain/model.js";
import type { Store } from "../store/db.js";

export interface Deps {
  store: Store;
  /** The clock, injectable so that tests fix "today". */
  now: () => Date;
}

export interface Actor {
  userId: string;
  workspaceId: string;
  role: Role;
  timeZone: string;
}
