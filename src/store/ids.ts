import { randomUUID } from "node:crypto";

export const newId = (): string => randomUUID();

/** The current instant as stored: ISO 8601 UTC with milliseconds. */
export const nowIso = (): string => new Date().toISOString();
