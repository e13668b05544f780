import { addMonths, compareIsoDate, formatGermanDate } from "../shared/isoDate";
import { rechtsstandAm } from "../rechtsstand/rechtsstandAm";
import { BRIEF_REGELN } from "./buergergeld2023";
import { begruende, type Begruendung, type Regel } from "./regel";
import { type Frist } from "./rechtsfolgenErgebnis";
import { type RechtsfolgenFall } from "./rechtsfolgenFall";
import { type RegelSatz } from "./regelSatz";

export interface AusschlussOptionen {
  fristMonate: number;
  /** `sperrt`: conciliation blocks; `sperrt_nicht`: it runs but does not block; `abgeschafft`: no conciliation. */
  schlichtung: "sperrt" | "sperrt_nicht" | "abgeschafft";
  schlichtungAbgeschafft: Regel;
}

export interface Ausschluss {
  begruendung: Begruendung[];
  fristen: Frist[];
  ausgeschlossen: boolean;
}

/**
 * Checks in legal order whether a reduction is excluded: no Rechtsfolgenbelehrung or knowledge,
 * wichtiger Grund, six-month limit for the establishing decision, running Schlichtung, außergewöhnliche Härte.
 */
export function pruefeAusschluesse(
  fall: RechtsfolgenFall,
  satz: RegelSatz,
  opt: AusschlussOptionen,
): Ausschluss {
  const bis = addMonths(fall.date, opt.fristMonate);
  const fristen: Frist[] = [{ art: "feststellung_spaetestens", bis, norm: satz.feststellungsfrist.norm }];
  const hinweise: Begruendung[] = [];
  const aus = (regel: Regel, grund: string): Ausschluss => ({
    begruendung: [...hinweise, begruende(regel, `Keine Minderung: ${grund}`)],
    fristen,
    ausgeschlossen: true,
  });
  const brief = fall.brief;
  const briefAlt = brief !== null && rechtsstandAm(brief.datum) === "2023-07";
  const briefVom = brief ? `Das Schreiben vom ${formatGermanDate(brief.datum)}` : "";
  if (brief?.ersteEinladung && briefAlt && fall.event === "meldeversaeumnis")
    return aus(
      BRIEF_REGELN.ersteEinladung,
      `${briefVom} war die erste Einladung zum Gespräch über Potenzialanalyse und Kooperationsplan. Sie erfolgt ohne Belehrung über die Rechtsfolgen (§ 15 Abs. 4 SGB II a. F.); wer diesen Termin versäumt, verliert dadurch nichts.`,
    );
  if (brief?.rechtsfolgenbelehrung && briefAlt && rechtsstandAm(fall.date) === "2026-07")
    return aus(
      BRIEF_REGELN.belehrungAltesRecht,
      `${briefVom} belehrte über die Rechtsfolgen nach dem bis 30.6.2026 geltenden Recht. Für ein Ereignis ab 1.7.2026 beschreibt diese Belehrung die Folgen nicht richtig; sie trägt keine Minderung nach neuem Recht.`,
    );
  if (brief && !brief.rechtsfolgenbelehrung)
    return aus(satz.belehrung, `${briefVom} enthielt keine Rechtsfolgenbelehrung.`);
  if (!fall.rechtsfolgenbelehrung)
    return aus(
      satz.belehrung,
      "Es gab keine schriftliche Rechtsfolgenbelehrung und keine Kenntnis der Rechtsfolgen.",
    );
  if (fall.wichtigerGrund)
    return aus(
      satz.wichtigerGrund,
      "Ein wichtiger Grund für das Verhalten wurde dargelegt und nachgewiesen.",
    );
  if (compareIsoDate(fall.feststellung, bis) > 0)
    return aus(
      satz.feststellungsfrist,
      `Die Feststellung am ${formatGermanDate(fall.feststellung)} ist zu spät. Sie war nur bis zum ` +
        `${formatGermanDate(bis)} zulässig (${opt.fristMonate} Monate nach der Pflichtverletzung).`,
    );
  if (fall.schlichtungLaeuft && opt.schlichtung === "sperrt" && satz.schlichtung)
    return aus(
      satz.schlichtung,
      "Während des Schlichtungsverfahrens führt die Pflichtverletzung nicht zur Minderung.",
    );
  if (fall.schlichtungLaeuft && opt.schlichtung === "sperrt_nicht" && satz.schlichtung)
    hinweise.push(begruende(satz.schlichtung, SCHLICHTUNG_SPERRT_NICHT));
  if (fall.schlichtungLaeuft && opt.schlichtung === "abgeschafft")
    hinweise.push(begruende(opt.schlichtungAbgeschafft, SCHLICHTUNG_ABGESCHAFFT));
  if (fall.haerte) return aus(satz.haerte, "Sie würde im Einzelfall eine außergewöhnliche Härte bedeuten.");
  return { begruendung: hinweise, fristen, ausgeschlossen: false };
}

const SCHLICHTUNG_SPERRT_NICHT =
  "Das laufende Schlichtungsverfahren hindert die Minderung wegen eines Meldeversäumnisses nicht: " +
  "§ 15a Abs. 3 nennt nur Pflichten nach § 31 (Auslegung ungesichert, einstellbar).";
const SCHLICHTUNG_ABGESCHAFFT =
  "Ein Schlichtungsverfahren gibt es seit dem 1.7.2026 nicht mehr; es hindert die Minderung nicht.";
