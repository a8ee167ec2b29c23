import { idParams } from "../../contract/common.js";
import { contactLedger, ledgerQuery, ownerLedger, ownerLedgerQuery } from "../../contract/ledger.js";
import type { Deps } from "../../services/context.js";
import { contactLedger as contactLedgerOf, ownerLedger as ownerLedgerOf } from "../../services/ledger.js";
import type { Api } from "../api.js";
import { actorOf } from "../auth.js";

export function ledgerRoutes(api: Api, deps: Deps) {
  api.get(
    "/contacts/:id/ledger",
    {
      schema: {
        tags: ["contacts"],
        summary: "What we gave, asked and did for a contact over rolling windows, and the balance",
        params: idParams,
        querystring: ledgerQuery,
        response: { 200: contactLedger },
      },
    },
    (req) => contactLedgerOf(deps, actorOf(req), req.params.id, req.query),
  );
  api.get(
    "/ledger",
    {
      schema: {
        tags: ["insights"],
        summary: "A salesperson's gives, asks and services over rolling windows (yourself by default)",
        querystring: ownerLedgerQuery,
        response: { 200: ownerLedger },
      },
    },
    (req) => ownerLedgerOf(deps, actorOf(req), req.query),
  );
}
