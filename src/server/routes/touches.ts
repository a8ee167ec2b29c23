import { touch, touchCheck, touchCreate, touchListQuery, touchUpdate } from "../../contract/touches.js";
import { forContact } from "../../services/contacts.js";
import type { Deps } from "../../services/context.js";
import {
  checkTouch,
  getTouch,
  listTouches,
  logTouch,
  setTouchArchived,
  updateTouch,
} from "../../services/touches.js";
import type { Api } from "../api.js";
import { actorOf } from "../auth.js";
import { registerResource } from "../resource-routes.js";

const listContactTouches = forContact(listTouches);

export function touchesRoutes(api: Api, deps: Deps) {
  api.post(
    "/touches/check",
    {
      schema: {
        tags: ["touches"],
        summary: "Check a planned touch against the method, without saving it",
        body: touchCreate,
        response: { 200: touchCheck },
      },
      config: { problems: [409] },
    },
    (req) => checkTouch(deps, actorOf(req), req.body),
  );
  registerResource(api, {
    path: "/touches",
    tag: "touches",
    noun: "touch",
    conflicts: true,
    schemas: { item: touch, create: touchCreate, update: touchUpdate, listQuery: touchListQuery },
    list: (actor, query) => listTouches(deps, actor, query),
    create: (actor, body) => logTouch(deps, actor, body),
    get: (actor, id) => getTouch(deps, actor, id),
    update: (actor, id, body, version) => updateTouch(deps, actor, id, body, version),
    setArchived: (actor, id, archived, version) => setTouchArchived(deps, actor, id, archived, version),
    byContact: (actor, contactId, query) => listContactTouches(deps, actor, contactId, query),
  });
}
