// Environment configuration, validated once at the edge.
import path from "node:path";
import { z } from "zod";
import type { SessionPolicy, SignInLimits } from "./services/context.js";
import { defaultSignInLimits as limits } from "./services/sign-in-limits.js";
import type { DatabaseConfig } from "./store/db.js";

// Sign-in limits: whole numbers, so that a typo is refused rather than read as NaN or 0.
const whole = (max: number, fallback: number) =>
  z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1)
    .max(max)
    .default(fallback);
const count = (fallback: number) => whole(1_000_000, fallback);
const seconds = (fallback: number) => whole(366 * 24 * 3600, fallback);

const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(4400),
    HOST: z.string().min(1).default("127.0.0.1"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL (leave unset for SQLite)")
      .optional(),
    RAPPORT_DATA_DIR: z.string().min(1).default("./data"),
    RAPPORT_PUBLIC_URL: z.string().url().optional(),
    RAPPORT_SECURE_COOKIES: z
      .enum(["true", "false"])
      .optional()
      .transform((v) => v === "true"),
    // Behind a load balancer: which proxies may name the client (sign-in limits key on its address).
    RAPPORT_TRUST_PROXY: z
      .string()
      .default("false")
      .transform((v): boolean | string => (v === "true" ? true : v === "false" ? false : v)),
    RAPPORT_SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .default(24 * 60),
    RAPPORT_SESSION_LIFETIME_DAYS: z.coerce.number().int().min(1).max(400).default(30),
    RAPPORT_SIGN_IN_ACCOUNT_FAILURES: count(limits.accountFreeFailures),
    RAPPORT_SIGN_IN_SOURCE_FAILURES: count(limits.sourceFreeFailures),
    RAPPORT_SIGN_IN_FIRST_LOCK_SECONDS: seconds(limits.firstLockSeconds),
    RAPPORT_SIGN_IN_MAX_LOCK_SECONDS: seconds(limits.maxLockSeconds),
    RAPPORT_SIGN_IN_FORGET_AFTER_SECONDS: seconds(limits.forgetAfterSeconds),
    // Webhooks to loopback and private addresses (a receiver on this machine or network).
    RAPPORT_WEBHOOK_PRIVATE_TARGETS: z
      .enum(["true", "false"])
      .optional()
      .transform((v) => v === "true"),
    // Agendas kept between requests, in MB of (estimated) memory per server process; 0 keeps none.
    RAPPORT_AGENDA_CACHE_MB: z.coerce.number().int().min(0).max(65_536).default(64),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  })
  .superRefine((e, ctx) => {
    const atLeast = (name: keyof typeof e, floor: keyof typeof e) => {
      if (Number(e[name]) < Number(e[floor]))
        ctx.addIssue({ code: "custom", path: [name], message: `must be at least ${floor} (${e[floor]})` });
    };
    atLeast("RAPPORT_SIGN_IN_MAX_LOCK_SECONDS", "RAPPORT_SIGN_IN_FIRST_LOCK_SECONDS");
    // Counts are pruned once forgotten: a shorter memory would end lockouts early.
    atLeast("RAPPORT_SIGN_IN_FORGET_AFTER_SECONDS", "RAPPORT_SIGN_IN_MAX_LOCK_SECONDS");
  });

export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  dataDir: string;
  publicUrl: string | null;
  secureCookies: boolean;
  sessions: SessionPolicy;
  signInLimits: SignInLimits;
  trustProxy: boolean | string;
  agendaCacheBytes: number;
  insideWebhookTargets: boolean;
  logLevel: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n  ${lines.join("\n  ")}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.RAPPORT_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: "postgres", url: e.DATABASE_URL }
      : { kind: "sqlite", file: path.join(dataDir, "rapport.db") },
    dataDir,
    publicUrl: e.RAPPORT_PUBLIC_URL ?? null,
    secureCookies: e.RAPPORT_SECURE_COOKIES,
    trustProxy: e.RAPPORT_TRUST_PROXY,
    agendaCacheBytes: e.RAPPORT_AGENDA_CACHE_MB * 1024 * 1024,
    insideWebhookTargets: e.RAPPORT_WEBHOOK_PRIVATE_TARGETS,
    sessions: { idleMinutes: e.RAPPORT_SESSION_IDLE_MINUTES, lifetimeDays: e.RAPPORT_SESSION_LIFETIME_DAYS },
    signInLimits: {
      accountFreeFailures: e.RAPPORT_SIGN_IN_ACCOUNT_FAILURES,
      sourceFreeFailures: e.RAPPORT_SIGN_IN_SOURCE_FAILURES,
      firstLockSeconds: e.RAPPORT_SIGN_IN_FIRST_LOCK_SECONDS,
      maxLockSeconds: e.RAPPORT_SIGN_IN_MAX_LOCK_SECONDS,
      forgetAfterSeconds: e.RAPPORT_SIGN_IN_FORGET_AFTER_SECONDS,
    },
    logLevel: e.LOG_LEVEL,
  };
}
