import { z } from "zod";
import { addDays, addMonths, type IsoDate } from "../shared/isoDate";

/** A calendar month `YYYY-MM`; reductions run in whole calendar months (§ 31b Abs. 1 Satz 1 SGB II). */
export type Monat = string & { readonly __brand?: "Monat" };

const MONAT = /^\d{4}-(0[1-9]|1[0-2])$/;

export const MonatSchema = z
  .string({ error: (iss) => (iss.input === undefined ? "fehlt" : "monat") })
  .regex(MONAT, { message: "monat" }) as z.ZodType<Monat, string>;

/** The month a date lies in. */
export function monatVon(date: IsoDate): Monat {
  return date.slice(0, 7);
}

/** The first day of a month. */
export function ersterTag(monat: Monat): IsoDate {
  return `${monat}-01`;
}

/** Adds calendar months to a month. */
export function addMonate(monat: Monat, monate: number): Monat {
  return monatVon(addMonths(ersterTag(monat), monate));
}

/** Months from `a` to `b` (0 when equal, positive when b is later). */
export function monateZwischen(a: Monat, b: Monat): number {
  const [ay, am] = a.split("-").map(Number) as [number, number];
  const [by, bm] = b.split("-").map(Number) as [number, number];
  return (by - ay) * 12 + (bm - am);
}

/** The month that contains the day before `date` (the last month touched by a period ending on `date`). */
export function monatVorTag(date: IsoDate): Monat {
  return monatVon(addDays(date, -1));
}

const MONATSNAMEN = [
  ...["Januar", "Februar", "März", "April", "Mai", "Juni"],
  ...["Juli", "August", "September", "Oktober", "November", "Dezember"],
];

/** `2026-07` → `Juli 2026`. */
export function formatMonat(monat: Monat): string {
  const [y, m] = monat.split("-").map(Number) as [number, number];
  return `${MONATSNAMEN[m - 1] ?? monat} ${y}`;
}

/** `1` → `1 Monat`, `3` → `3 Monate`. */
export function monateText(monate: number): string {
  return `${monate} ${monate === 1 ? "Monat" : "Monate"}`;
}
