import { test as base, expect } from "@playwright/test";
import { expectEveryPageChecked, trackA11y } from "./a11y";

export const DEMO_PASSWORT = "Musterstadt-2026";

/** `test` whose page records every visited document; at the end each one must have had an axe run. */
export const test = base.extend<{ a11yCoverage: undefined }>({
  a11yCoverage: [
    async ({ page }, use, testInfo) => {
      trackA11y(page);
      await use(undefined);
      if (testInfo.status === testInfo.expectedStatus) expectEveryPageChecked(page);
    },
    { auto: true },
  ],
});

export { expect };

/** Today in Berlin as YYYY-MM-DD (the app's notion of "today"). */
export function heuteBerlin(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin" }).format(new Date());
}

/** Adds months to a YYYY-MM-DD date (day clamped to the end of the month) and days on top. */
export function plusMonate(iso: string, monate: number, tage = 0): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const ziel = new Date(Date.UTC(y, m - 1 + monate, 1));
  const letzter = new Date(Date.UTC(ziel.getUTCFullYear(), ziel.getUTCMonth() + 1, 0)).getUTCDate();
  ziel.setUTCDate(Math.min(d, letzter) + tage);
  return ziel.toISOString().slice(0, 10);
}

/** 2026-12-31 → 31.12.2026 */
export const deutschesDatum = (iso: string) => iso.split("-").reverse().join(".");
