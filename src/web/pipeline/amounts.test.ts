import { describe, expect, it } from "vitest";
import { formatAmount, totalOf } from "./amounts";
import type { Deal } from "./stages";

const deal = (amount: number | null, currency: string | null) => ({ amount, currency }) as Deal;

describe("deal amounts", () => {
  it("reads as money", () => {
    expect(formatAmount(24000, "EUR", "en-GB")).toBe("€24,000");
  });

  it("adds up a stage per currency, largest first, skipping deals without a figure", () => {
    const deals = [deal(1000, "USD"), deal(24000, "EUR"), deal(500, "USD"), deal(null, null)];
    expect(totalOf(deals, "en-GB")).toBe("€24,000 · US$1,500");
    expect(totalOf([deal(null, null)], "en-GB")).toBe("");
  });
});
