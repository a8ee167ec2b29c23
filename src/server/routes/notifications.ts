import { pageOf } from "../../contract/common.js";
import { notification, notificationListQuery } from "../../contract/notifications.js";
import type { Deps } from "../../services/context.js";
import { listNotifications } from "../../services/notifications.js";
import type { Api } from "../api.js";
import { actorOf } from "../auth.js";

export function notificationsRoutes(api: Api, deps: Deps) {
  api.get(
    "/notifications",
    {
      // Only owners may read the delivery log.
      config: { problems: [403] },
      schema: {
        tags: ["webhooks"],
        summary:
          "The notification log: every webhook delivery, newest first, with its attempts and error (owners)",
        querystring: notificationListQuery,
        response: { 200: pageOf(notification) },
      },
    },
    (req) => listNotifications(deps, actorOf(req), req.query),
  );
}
