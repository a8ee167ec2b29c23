import type { AppOptions } from "../app.js";
import type { Api } from "../api.js";
import { accountRoutes } from "./accounts.js";
import { contactRoutes } from "./contacts.js";
import { healthRoutes } from "./health.js";
import { organizationRoutes } from "./organizations.js";

export function registerRoutes(api: Api, options: AppOptions) {
  const { deps } = options;
  healthRoutes(api, options);
  accountRoutes(api, options);
  contactRoutes(api, deps);
  organizationRoutes(api, deps);
}
