import { type Regel } from "./regel";
import { type RegelSatz } from "./regelSatz";

const v = (norm: string): Regel => ({ norm, tag: "V" });
const u = (norm: string): Regel => ({ norm, tag: "U" });

/** Bürgergeld law 1.7.2023 – 30.6.2026: rules for § 31 Pflichtverletzungen (RULES.md 1.3–1.5). */
export const PFLICHTVERLETZUNG_2023 = {
  belehrung: v("§ 31 Abs. 1 Satz 1 SGB II"),
  wichtigerGrund: v("§ 31 Abs. 1 Satz 2 SGB II"),
  feststellungsfrist: v("§ 31b Abs. 1 Satz 3 SGB II"),
  schlichtung: v("§ 15a Abs. 3 SGB II"),
  haerte: v("§ 31a Abs. 3 SGB II"),
  beginn: v("§ 31b Abs. 1 Satz 1 SGB II"),
  kappung: v("§ 31a Abs. 4 Satz 1 SGB II"),
  kdu: v("§ 31a Abs. 4 Satz 2 SGB II"),
  u25: v("§ 31a Abs. 6 SGB II"),
  aufhebung: v("§ 31a Abs. 1 Satz 6, § 31b Abs. 2 Satz 2 SGB II"),
  stufen: [
    v("§ 31a Abs. 1 Satz 1, § 31b Abs. 2 Satz 1 Nr. 1 SGB II"),
    v("§ 31a Abs. 1 Satz 2 und 4, § 31b Abs. 2 Satz 1 Nr. 2 SGB II"),
    v("§ 31a Abs. 1 Satz 3, § 31b Abs. 2 Satz 1 Nr. 3 SGB II"),
  ] as const,
  /** [U] "länger als ein Jahr zurückliegt": the statute does not say from which day; see the parameters. */
  fenster: u("§ 31a Abs. 1 Satz 5 SGB II"),
  /** [U] "bereits zuvor festgestellt": before the new breach (interpretation; configurable). */
  zuvorFestgestellt: u("§ 31a Abs. 1 Satz 4 SGB II"),
  /** [U] After a full withdrawal (§ 31a Abs. 7) the level follows the number of earlier breaches. */
  stufeNachAnzahl: u("§ 31a Abs. 1 Satz 2 und 3, Abs. 7 SGB II"),
} satisfies RegelSatz & Record<string, unknown>;

/** Bürgergeld law 1.7.2023 – 30.6.2026: rules for § 32 Meldeversäumnisse (RULES.md 1.6). */
export const MELDEVERSAEUMNIS_2023 = {
  belehrung: v("§ 32 Abs. 1 Satz 1 SGB II"),
  wichtigerGrund: v("§ 32 Abs. 1 Satz 2 SGB II"),
  feststellungsfrist: v("§ 32 Abs. 2 Satz 1, § 31b Abs. 1 Satz 3 SGB II"),
  schlichtung: u("§ 15a Abs. 3 SGB II"),
  haerte: v("§ 32 Abs. 2 Satz 1, § 31a Abs. 3 SGB II"),
  beginn: v("§ 32 Abs. 2 Satz 1, § 31b Abs. 1 Satz 1 SGB II"),
  kappung: v("§ 32 Abs. 2 Satz 1, § 31a Abs. 4 Satz 1 SGB II"),
  kdu: v("§ 32 Abs. 2 Satz 1, § 31a Abs. 4 Satz 2 SGB II"),
  u25: u("§ 31a Abs. 6 SGB II"),
  aufhebung: v("§ 32 Abs. 2 Satz 2 SGB II"),
  minderung: v("§ 32 Abs. 1 Satz 1, Abs. 2 Satz 2 SGB II"),
} satisfies RegelSatz & Record<string, unknown>;

/**
 * Rules that come from the letter an event belongs to. [U] The first invitation under the old law carries no
 * Belehrung (§ 15 Abs. 4 a. F., verbatim); that missing it never leads to a reduction (also not by "Kenntnis",
 * § 32 Abs. 1) is our reading. [U] A Belehrung written under the old law does not describe the consequences of
 * a breach from 1.7.2026 (the consequences changed): it does not carry a reduction under the new law.
 */
export const BRIEF_REGELN = {
  ersteEinladung: u("§ 15 Abs. 4 SGB II a. F., § 32 Abs. 1 Satz 1 SGB II"),
  belehrungAltesRecht: u("§ 31 Abs. 1 Satz 1, § 32 Abs. 1 SGB II n. F., § 65a SGB II n. F."),
};
