// The draft coach (P12): lints emails, messages, call scripts and notes for "sales mode".
export { lintDraft, type LintOptions } from "./lint.js";
export { ruleCatalog } from "./rules.js";
export { draftKinds, ruleIds } from "./types.js";
export type {
  CatalogEntry,
  CoachConfig,
  CoachContext,
  DraftKind,
  Finding,
  RuleId,
  Severity,
} from "./types.js";
