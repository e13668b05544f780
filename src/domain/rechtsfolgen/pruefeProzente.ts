import { rechtsstandAm } from "../rechtsstand/rechtsstandAm";
import { fehlerText } from "./fehlerText";
import { type RegelConfig } from "./regelConfig";
import { type VorherigeMinderung } from "./rechtsfolgenFall";

/**
 * The percentages the law (with the jobcentre's corrections) knows for an earlier reduction of this kind on
 * its day: § 31a Abs. 1 (10/20/30 %) and § 32 (10 %) until 30.6.2026, from 1.7.2026 the S parameters, 100 % for
 * § 31a Abs. 7 and the transition month of § 7b Abs. 4 n. F.; 0 for a missed appointment without reduction.
 */
export function bekannteProzente(
  v: Pick<VorherigeMinderung, "event" | "date">,
  config: RegelConfig,
): number[] {
  const alt = config.buergergeld2023;
  const neu = config.grundsicherungsgeld2026;
  const istAlt = rechtsstandAm(v.date) === "2023-07";
  const werte =
    v.event === "meldeversaeumnis"
      ? istAlt
        ? [0, alt.meldeversaeumnisProzent]
        : [0, neu.meldeversaeumnisProzent, neu.nichtErreichbarUebergangProzent]
      : v.event === "pflichtverletzung"
        ? istAlt
          ? [...alt.pflichtverletzungProzent]
          : [neu.pflichtverletzungProzent]
        : istAlt
          ? [...alt.pflichtverletzungProzent, 100]
          : [100];
  return [...new Set(werte)].sort((a, b) => a - b);
}

/** Errors for earlier reductions whose percentage the law does not know (a guess would change the level). */
export function pruefeProzente(vorherige: readonly VorherigeMinderung[], config: RegelConfig): string[] {
  return vorherige.flatMap((v, i) => {
    const erlaubt = bekannteProzente(v, config);
    if (erlaubt.includes(v.prozent)) return [];
    return [
      fehlerText(
        ["vorherige", i, "prozent"],
        `${v.prozent} % kennt das Gesetz für dieses Ereignis an diesem Tag nicht (möglich: ${erlaubt.join(", ")})`,
      ),
    ];
  });
}
