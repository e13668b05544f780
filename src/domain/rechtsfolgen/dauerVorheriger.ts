import { rechtsstandAm } from "../rechtsstand/rechtsstandAm";
import { type RegelConfig } from "./regelConfig";
import { type VorherigeMinderung } from "./rechtsfolgenFall";

/**
 * Months an earlier reduction ran: the given `monate`, else the rule of its own period of law
 * (§ 31b Abs. 2, § 32 Abs. 2 Satz 2, § 31b Abs. 3 SGB II; from 1.7.2026 the S/U parameters).
 */
export function dauerVorheriger(v: VorherigeMinderung, config: RegelConfig): number {
  if (v.monate !== undefined) return v.monate;
  if (v.prozent === 0) return 0;
  const alt = config.buergergeld2023;
  const neu = config.grundsicherungsgeld2026;
  const istAlt = rechtsstandAm(v.date) === "2023-07";
  if (v.event === "meldeversaeumnis") return istAlt ? alt.meldeversaeumnisMonate : neu.meldeversaeumnisMonate;
  if (v.prozent >= 100) return config.arbeitsverweigerung2026.hoechstMonate;
  if (!istAlt) return neu.pflichtverletzungMonate;
  const stufe = alt.pflichtverletzungProzent.findIndex((p) => v.prozent <= p);
  return alt.pflichtverletzungMonate[stufe === -1 ? 2 : stufe] ?? alt.pflichtverletzungMonate[2];
}
