import type { AppOptions } from "../options.js";
import type { Api } from "../api.js";
import { accountRoutes } from "./accounts.js";
import { agendaRoutes } from "./agenda.js";
import { calendarRoutes } from "./calendar.js";
import { briefRoutes } from "./brief.js";
import { coachRoutes } from "./coach.js";
import { contactRoutes } from "./contacts.js";
import { contractsRoutes } from "./contracts.js";
import { dealsRoutes } from "./deals.js";
import { factsRoutes } from "./facts.js";
import { followUpsRoutes } from "./follow-ups.js";
import { healthRoutes } from "./health.js";
import { ledgerRoutes } from "./ledger.js";
import { mattersRoutes } from "./matters.js";
import { organizationRoutes } from "./organizations.js";
import { settingsRoutes } from "./settings.js";
import { touchesRoutes } from "./touches.js";

export function registerRoutes(api: Api, options: AppOptions) {
  const { deps } = options;
  healthRoutes(api, options);
  accountRoutes(api, options);
  contactRoutes(api, deps);
  organizationRoutes(api, deps);
  touchesRoutes(api, deps);
  factsRoutes(api, deps);
  mattersRoutes(api, deps);
  followUpsRoutes(api, deps);
  dealsRoutes(api, deps);
  contractsRoutes(api, deps);
  coachRoutes(api, deps);
  briefRoutes(api, deps);
  settingsRoutes(api, deps);
  agendaRoutes(api, deps);
  ledgerRoutes(api, deps);
  calendarRoutes(api, deps);
}
