import { compareIsoDate, type IsoDate } from "../shared/isoDate";

/**
 * The period of law that governs an event, decided in this one place.
 * - `2023-07`: Bürgergeld (§§ 15, 15a SGB II i. d. F. ab 1.7.2023), until 30.6.2026.
 * - `2026-07`: Grundsicherungsgeld (13. SGB II-ÄndG, BGBl. 2026 I Nr. 107), from 1.7.2026.
 * Events before 1.7.2023 (Eingliederungsvereinbarung, § 15 SGB II a. F.) are outside this product: the
 * boundaries (CLI, event form, Schlichtung form) refuse them (`vorBuergergeld`); `rechtsstandAm` is only
 * ever asked about days from 1.7.2023.
 */
export type Rechtsstand = "2023-07" | "2026-07";

export const GRUNDSICHERUNGSGELD_AB: IsoDate = "2026-07-01";
/** First day of §§ 15, 15a SGB II i. d. F. des Bürgergeld-Gesetzes (Kooperationsplan, Schlichtung). */
export const BUERGERGELD_AB: IsoDate = "2023-07-01";

/** Is `date` before 1.7.2023, where this product has no rules? */
export function vorBuergergeld(date: IsoDate): boolean {
  return compareIsoDate(date, BUERGERGELD_AB) < 0;
}

export function rechtsstandAm(date: IsoDate): Rechtsstand {
  return compareIsoDate(date, GRUNDSICHERUNGSGELD_AB) < 0 ? "2023-07" : "2026-07";
}

export interface RechtsstandInfo {
  rechtsstand: Rechtsstand;
  bezeichnung: string;
  /** Is a Schlichtungsverfahren (§ 15a a. F.) available? */
  schlichtung: boolean;
  /** How obligations become binding. */
  verbindlichkeit: "aufforderung_mit_rechtsfolgenbelehrung" | "verwaltungsakt";
}

export const RECHTSSTAENDE: Record<Rechtsstand, RechtsstandInfo> = {
  "2023-07": {
    rechtsstand: "2023-07",
    bezeichnung: "Bürgergeld (1.7.2023 – 30.6.2026)",
    schlichtung: true,
    verbindlichkeit: "aufforderung_mit_rechtsfolgenbelehrung",
  },
  "2026-07": {
    rechtsstand: "2026-07",
    bezeichnung: "Grundsicherungsgeld (ab 1.7.2026)",
    schlichtung: false,
    verbindlichkeit: "verwaltungsakt",
  },
};
