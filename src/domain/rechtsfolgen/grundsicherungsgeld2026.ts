import { type Regel } from "./regel";
import { type RegelSatz } from "./regelSatz";

const s = (norm: string): Regel => ({ norm, tag: "S" });
const u = (norm: string): Regel => ({ norm, tag: "U" });
const NF = "SGB II n. F.";

/** Common rules of the Grundsicherungsgeld law from 1.7.2026 (RULES.md 2.2–2.3; wording not obtained: S/U). */
const GEMEINSAM = {
  feststellungsfrist: u(`§ 31b Abs. 1 ${NF}`),
  schlichtung: null,
  beginn: s(`§ 31b Abs. 1 ${NF}`),
  kappung: u(`§ 31a Abs. 4 ${NF}`),
  kdu: s(`§ 31a Abs. 4 ${NF}`),
  u25: u(`§ 31a Abs. 6 ${NF}`),
};

/** Pflichtverletzung from 1.7.2026: uniform 30 % for 3 months (RULES.md S-1). */
export const PFLICHTVERLETZUNG_2026 = {
  ...GEMEINSAM,
  belehrung: s(`§ 31 Abs. 1 Satz 1 ${NF}`),
  wichtigerGrund: s(`§ 31 Abs. 1 Satz 2 ${NF}`),
  haerte: s(`§ 31a Abs. 3 ${NF}`),
  aufhebung: u(`§ 31a Abs. 1, § 31b Abs. 2 ${NF}`),
  minderung: s(`§ 31a Abs. 1, § 31b Abs. 2 ${NF}`),
} satisfies RegelSatz & Record<string, unknown>;

/** Meldeversäumnis from 1.7.2026: first without consequence, then 30 % for 1 month; 3 in a row: § 7b Abs. 4. */
export const MELDEVERSAEUMNIS_2026 = {
  ...GEMEINSAM,
  belehrung: s(`§ 32 Abs. 1 ${NF}`),
  wichtigerGrund: s(`§ 32 Abs. 1 ${NF}`),
  haerte: s(`§ 32 Abs. 2, § 31a Abs. 3 ${NF}`),
  aufhebung: s(`§ 32 Abs. 2 ${NF}`),
  ohneFolge: s(`§ 32 Abs. 1 ${NF}`),
  minderung: s(`§ 32 Abs. 1 und 2 ${NF}`),
  fenster: u(`§ 32 Abs. 1 ${NF}`),
  nichtErreichbar: s(`§ 7b Abs. 4 ${NF}`),
} satisfies RegelSatz & Record<string, unknown>;

/** No Schlichtungsverfahren from 1.7.2026 (RULES.md K-4); breaches before are judged by old law (K-7). */
export const UEBERGANG_2026 = {
  schlichtungAbgeschafft: s(`§ 15a ${NF}`),
  altesRecht: s(`§ 65a ${NF}`),
};
