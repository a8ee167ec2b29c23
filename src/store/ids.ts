import { randomUUID } from "node:crypto";

export const newId = (): string => randomUUID();

/**
 * A UUID version 7: the time in milliseconds first, so that ids made one after the other sort
 * together. Bulk writes use it: their rows land side by side in the primary-key indexes instead
 * of dirtying a random page of each per row.
 */
export const newOrderedId = (): string => {
  const random = randomUUID();
  const time = Date.now().toString(16).padStart(12, "0");
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15)}`;
};
