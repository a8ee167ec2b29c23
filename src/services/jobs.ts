// The work a server's scheduler runs, in order: follow-ups falling due are announced first, so
// that the same run delivers their webhooks.
import type { Deps } from "./context.js";
import { followUpDueJob } from "./follow-up-due.js";
import type { Job } from "./scheduler.js";
import { webhookDeliveryJob } from "./webhook-delivery.js";

export function scheduledJobs(deps: Deps): Job[] {
  return [followUpDueJob(deps), webhookDeliveryJob(deps)];
}
