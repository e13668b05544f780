import { type Regel } from "./regel";
import { type RegelSatz } from "./regelSatz";

const v = (norm: string): Regel => ({ norm, tag: "V" });
const u = (norm: string): Regel => ({ norm, tag: "U" });
const F2024 = "SGB II i. d. F. vom 28.3.2024";

const GEMEINSAM = {
  belehrung: u("§ 31 Abs. 1 Satz 1 Nr. 2 SGB II"),
  schlichtung: v("§ 15a Abs. 3 SGB II"),
  u25: v("§ 31a Abs. 6 SGB II"),
};

/** § 31a Abs. 7 in the version of the Haushaltsfinanzierungsgesetz 2024, 28.3.2024 – 27.3.2026 (RULES.md H-3). */
export const ARBEITSVERWEIGERUNG_2024 = {
  ...GEMEINSAM,
  wichtigerGrund: v(`§ 31a Abs. 7, § 31 Abs. 1 Satz 2 ${F2024}`),
  feststellungsfrist: v(`§ 31b Abs. 3, Abs. 1 Satz 3 ${F2024}`),
  haerte: v(`§ 31a Abs. 7, Abs. 3 ${F2024}`),
  beginn: v(`§ 31b Abs. 3, Abs. 1 Satz 1 ${F2024}`),
  kappung: v(`§ 31a Abs. 7 ${F2024}`),
  kdu: v(`§ 31a Abs. 4 Satz 2 ${F2024}`),
  aufhebung: v(`§ 31b Abs. 3 ${F2024}`),
  tatbestand: v(`§ 31a Abs. 7 ${F2024}`),
  vorminderung: v(`§ 31a Abs. 7 ${F2024}`),
} satisfies RegelSatz & Record<string, unknown>;

/** § 31a Abs. 7 in force since 23.4.2026 (13. SGB II-ÄndG; RULES.md T-4): no prior reduction needed. */
export const ARBEITSVERWEIGERUNG_2026 = {
  ...GEMEINSAM,
  wichtigerGrund: v("§ 31a Abs. 7 Satz 4, § 31 Abs. 1 Satz 2 SGB II"),
  feststellungsfrist: v("§ 31b Abs. 3 Satz 2, Abs. 1 Satz 3 SGB II"),
  haerte: v("§ 31a Abs. 7 Satz 4, Abs. 3 SGB II"),
  beginn: v("§ 31b Abs. 3 Satz 2, Abs. 1 Satz 1 SGB II"),
  kappung: v("§ 31a Abs. 7 Satz 1 SGB II"),
  kdu: v("§ 31a Abs. 7 Satz 3 SGB II"),
  aufhebung: v("§ 31b Abs. 3 Satz 1 SGB II"),
  tatbestand: v("§ 31a Abs. 7 Satz 1 und 2 SGB II"),
} satisfies RegelSatz & Record<string, unknown>;

/** 28.3.2026 – 22.4.2026 and before 28.3.2024: no § 31a Abs. 7; refusing work is an ordinary Pflichtverletzung. */
export const ARBEITSVERWEIGERUNG_OHNE_ABSATZ7 = {
  ausserKraft: v(`§ 86 ${F2024}`),
  ordentlich: v("§ 31 Abs. 1 Satz 1 Nr. 2 SGB II"),
};
