// Table shapes as Kysely sees them (camelCase; CamelCasePlugin maps to snake_case columns).
// Instants are ISO 8601 UTC text, dates `YYYY-MM-DD` text, lists JSON text: one representation
// in both SQLite and PostgreSQL, so that one query path serves both.
import type { Generated } from "kysely";

interface Stamped {
  createdAt: string;
  updatedAt: string;
}

interface Versioned extends Stamped {
  version: Generated<number>;
  archivedAt: string | null;
}

export interface WorkspaceTable extends Stamped {
  id: string;
  name: string;
  settings: string;
}

export interface UserTable extends Stamped {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  timeZone: string;
}

export interface MembershipTable {
  workspaceId: string;
  userId: string;
  role: string;
  createdAt: string;
}

export interface SessionTable {
  id: string;
  userId: string;
  workspaceId: string;
  /** A hash of the CSRF token, never the token. */
  csrfToken: string;
  expiresAt: string;
  createdAt: string;
  lastSeenAt: string;
}

export interface CalendarFeedTable {
  id: string;
  userId: string;
  workspaceId: string;
  secretHash: string;
  createdAt: string;
}

export interface ApiTokenTable {
  id: string;
  userId: string;
  workspaceId: string;
  name: string;
  tokenHash: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

export interface InviteTable {
  id: string;
  workspaceId: string;
  tokenHash: string;
  email: string | null;
  role: string;
  createdBy: string;
  expiresAt: string;
  acceptedAt: string | null;
  createdAt: string;
}

export interface OrganizationTable extends Versioned {
  id: string;
  workspaceId: string;
  name: string;
  website: string | null;
  notes: string;
}

export interface ContactTable extends Versioned {
  id: string;
  workspaceId: string;
  ownerId: string;
  organizationId: string | null;
  name: string;
  emails: string;
  phones: string;
  title: string | null;
  stage: string;
  birthday: string | null;
  anniversary: string | null;
  howWeMet: string | null;
  preferredChannel: string | null;
  cadenceDays: number | null;
  tags: string;
  address: string | null;
  timeZone: string | null;
  nickname: string | null;
  department: string | null;
  notes: string | null;
  urls: string;
  photo: string | null;
  labels: string;
}

export interface StageChangeTable {
  id: string;
  workspaceId: string;
  contactId: string;
  fromStage: string | null;
  toStage: string;
  changedAt: string;
}

export interface FactTable extends Versioned {
  id: string;
  workspaceId: string;
  contactId: string;
  kind: string;
  text: string;
  learnedOn: string;
  sourceTouchId: string | null;
}

export interface TouchTable extends Versioned {
  id: string;
  workspaceId: string;
  contactId: string;
  ownerId: string;
  dealId: string | null;
  occurredAt: string;
  channel: string;
  intent: string;
  direction: string;
  notes: string;
  steps: string;
  getBackOn: string | null;
}

export interface MatterTable extends Versioned {
  id: string;
  workspaceId: string;
  contactId: string;
  summary: string;
  kind: string;
  eventOn: string | null;
  followUpOn: string | null;
  status: string;
  sourceTouchId: string | null;
}

export interface FollowUpTable extends Versioned {
  id: string;
  workspaceId: string;
  contactId: string;
  ownerId: string;
  dueOn: string;
  reasonKind: string;
  detail: string;
  status: string;
  snoozedUntil: string | null;
  dismissReason: string | null;
  completedAt: string | null;
}

export interface DealTable extends Versioned {
  id: string;
  workspaceId: string;
  contactId: string;
  ownerId: string;
  title: string;
  stage: string;
  needs: string | null;
  decisionOn: string | null;
  outcomeFeedback: string | null;
  stageOverrideReason: string | null;
  amount: number | null;
  currency: string | null;
}

export interface ConcernTable extends Stamped {
  id: string;
  workspaceId: string;
  dealId: string;
  text: string;
  status: string;
  response: string | null;
}

export interface ContractTable extends Versioned {
  id: string;
  workspaceId: string;
  contactId: string;
  title: string;
  startsOn: string | null;
  endsOn: string;
  value: number | null;
  status: string;
}

/** Derived from a contact's live touches (store/activity.ts); a row only once they have one. */
export interface ContactActivityTable {
  contactId: string;
  workspaceId: string;
  lastTouchAt: string;
  lastInboundAt: string | null;
  /** Latest outbound ask. */
  lastAskAt: string | null;
  /** Latest outbound give. */
  lastGiveAt: string | null;
  /** Outbound touches after the latest inbound one. */
  unansweredOutbound: Generated<number>;
  /** Intents of the newest 5 outbound touches, newest first: `ask,give,ask`. */
  recentOutbound: Generated<string>;
  /** Get-back date of the latest touch that agreed one. */
  getBackOn: string | null;
}

/** A workspace's book version: raised by triggers on every write to a table the book reads (migration 004). */
export interface BookVersionTable {
  workspaceId: string;
  /** bigint on PostgreSQL: read as a string there. */
  version: number | string;
}

/** The book version of a contact's latest change. */
export interface BookMarkTable {
  contactId: string;
  workspaceId: string;
  version: number | string;
}

/** A workspace whose new contacts the writing transaction marks itself (migration 010). */
export interface BookMarkPauseTable {
  workspaceId: string;
}

/** Failed sign-in attempts under one throttled key (services/sign-in-limits.ts). */
export interface AuthAttemptTable {
  key: string;
  failures: number;
  lastAt: string;
  lockedUntil: string | null;
}

export interface SetupClaimTable {
  id: string;
  claimedAt: string;
}

export interface InstallSecretTable {
  name: string;
  secret: string;
}

/** Derived from contacts' emails and phones (migration 007). */
export interface ContactKeyTable {
  contactId: string;
  workspaceId: string;
  kind: string;
  key: string;
}

/** Which imported record became which contact. */
export interface ImportSourceTable {
  workspaceId: string;
  fingerprint: string;
  contactId: string;
  createdAt: string;
}

export interface ImportTable {
  id: string;
  workspaceId: string;
  userId: string;
  format: string;
  fileName: string | null;
  dryRun: number;
  status: string;
  totalBytes: number | string | null;
  readBytes: number | string;
  rows: number;
  /** JSON: counts and the rejected rows. */
  result: string;
  error: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

/** The outbox: one row per change others may react to, written with the change. */
export interface EventTable {
  seq: Generated<number>;
  id: string;
  workspaceId: string;
  type: string;
  subjectId: string;
  /** The resource as the API shows it, JSON. */
  payload: string;
  occurredAt: string;
}

/** A follow-up announced as due on `dueOn` (its due date, or the date it was snoozed to). */
export interface FollowUpNoticeTable {
  followUpId: string;
  dueOn: string;
  createdAt: string;
}

export interface WebhookTable extends Versioned {
  id: string;
  workspaceId: string;
  url: string;
  /** JSON list of event types. */
  events: string;
  secret: string;
}

export interface WebhookDeliveryTable {
  id: string;
  workspaceId: string;
  webhookId: string;
  eventId: string;
  eventType: string;
  url: string;
  status: string;
  attempts: number;
  nextAttemptAt: string;
  leaseUntil: string | null;
  leaseToken: string | null;
  responseStatus: number | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Database {
  workspaces: WorkspaceTable;
  users: UserTable;
  memberships: MembershipTable;
  sessions: SessionTable;
  apiTokens: ApiTokenTable;
  calendarFeeds: CalendarFeedTable;
  invites: InviteTable;
  organizations: OrganizationTable;
  contacts: ContactTable;
  stageChanges: StageChangeTable;
  facts: FactTable;
  touches: TouchTable;
  matters: MatterTable;
  followUps: FollowUpTable;
  deals: DealTable;
  concerns: ConcernTable;
  contracts: ContractTable;
  contactActivity: ContactActivityTable;
  bookVersions: BookVersionTable;
  bookMarks: BookMarkTable;
  bookMarkPauses: BookMarkPauseTable;
  authAttempts: AuthAttemptTable;
  setupClaims: SetupClaimTable;
  installSecrets: InstallSecretTable;
  contactKeys: ContactKeyTable;
  importSources: ImportSourceTable;
  imports: ImportTable;
  events: EventTable;
  followUpNotices: FollowUpNoticeTable;
  webhooks: WebhookTable;
  webhookDeliveries: WebhookDeliveryTable;
}
