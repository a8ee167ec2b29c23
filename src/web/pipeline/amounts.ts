// What deals are worth, as people read money: "€24,000", and per stage one total per currency.
import type { Deal } from "./stages";

export function formatAmount(amount: number, currency: string, locale?: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: 0 }).format(
      amount,
    );
  } catch {
    // A code Intl does not know still reads plainly.
    return `${amount.toLocaleString(locale)} ${currency}`;
  }
}

/** The deals' amounts added up per currency, largest first ("" when none has an amount). */
export function totalOf(deals: readonly Deal[], locale?: string): string {
  const sums = new Map<string, number>();
  for (const { amount, currency } of deals) {
    if (amount !== null && currency !== null) sums.set(currency, (sums.get(currency) ?? 0) + amount);
  }
  return [...sums]
    .sort((a, b) => b[1] - a[1])
    .map(([currency, sum]) => formatAmount(sum, currency, locale))
    .join(" · ");
}
