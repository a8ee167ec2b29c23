// Contracts: what a client has bought that renews or ends (P13). Their end dates start the
// renewal conversation well ahead, so the dates must make sense.
import type { ContractCreate, ContractListQuery, ContractUpdate } from "../contract/contracts.js";
import type { IsoDate, Contract } from "../domain/model.js";
import { invalid } from "../errors.js";
import { getRow, insertRow, listRows, updateRow, type Page } from "../store/crud.js";
import { contractSpec } from "../store/contracts.js";
import { archiving } from "./archiving.js";
import { nowIso, type Actor, type Deps } from "./context.js";
import { ensureRef } from "./references.js";

function ensurePeriod(startsOn: IsoDate | null, endsOn: IsoDate) {
  if (startsOn !== null && endsOn < startsOn) {
    throw invalid("The contract cannot end before it starts", [
      { field: "endsOn", message: `must be on or after startsOn (${startsOn})` },
    ]);
  }
}

export async function createContract(deps: Deps, actor: Actor, input: ContractCreate): Promise<Contract> {
  ensurePeriod(input.startsOn ?? null, input.endsOn);
  return deps.store.db.transaction().execute(async (trx) => {
    await ensureRef(trx, actor.workspaceId, "contacts", "contactId", input.contactId);
    return insertRow(trx, contractSpec, actor.workspaceId, input, nowIso(deps));
  });
}

export function getContract(deps: Deps, actor: Actor, id: string): Promise<Contract> {
  return getRow(deps.store.db, contractSpec, actor.workspaceId, id);
}

export async function updateContract(
  deps: Deps,
  actor: Actor,
  id: string,
  input: ContractUpdate,
  expectedVersion?: number,
): Promise<Contract> {
  return deps.store.db.transaction().execute(async (trx) => {
    const before = await getRow(trx, contractSpec, actor.workspaceId, id);
    ensurePeriod(
      input.startsOn !== undefined ? input.startsOn : before.startsOn,
      input.endsOn ?? before.endsOn,
    );
    await ensureRef(trx, actor.workspaceId, "contacts", "contactId", input.contactId);
    return updateRow(trx, contractSpec, actor.workspaceId, id, input, nowIso(deps), expectedVersion);
  });
}

export const setContractArchived = archiving(contractSpec);

export function listContracts(deps: Deps, actor: Actor, query: ContractListQuery): Promise<Page<Contract>> {
  const { contactId, status, endsBy, ...page } = query;
  return listRows(deps.store.db, contractSpec, actor.workspaceId, {
    ...page,
    where: { contactId, status },
    ranges: [{ column: "endsOn", upTo: endsBy }],
  });
}
