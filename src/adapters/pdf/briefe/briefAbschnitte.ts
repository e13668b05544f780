import type { BriefDokument } from "../../../application/rechtsfolgen/ports";
import { formatGermanDate } from "../../../domain/shared/isoDate";
import type { ListenPunkt, PlanAbschnitt } from "../planAbschnitt";

interface BriefAbschnitt {
  ueberschrift: string;
  absaetze: string[];
  punkte?: ListenPunkt[];
}

const TITEL = {
  aufforderung: "Aufforderung mit Rechtsfolgenbelehrung",
  verpflichtung: "Bescheid: Verpflichtung zu einem Schritt aus Ihrem Kooperationsplan",
  einladung: "Einladung zum Gespräch über Ihre Potenzialanalyse und Ihren Kooperationsplan",
} as const;

export const briefTitel = (d: BriefDokument): string => TITEL[d.brief.art];

/** `Text (Norm)` lines of the stored Rechtsfolgenbelehrung → list items with the norm as detail line. */
function belehrungsPunkte(text: string): ListenPunkt[] {
  return text
    .split("\n")
    .filter(Boolean)
    .map((zeile) => {
      const m = /^(.*) \(([^()]*)\)$/.exec(zeile);
      return m ? { text: m[1] ?? zeile, detail: `Rechtsgrundlage: ${m[2]}` } : { text: zeile, detail: null };
    });
}

function anlass(d: BriefDokument): string {
  const plan = d.plan
    ? `Ihren Kooperationsplan (Version ${d.plan.versionNummer}, vereinbart am ${formatGermanDate(d.plan.abgestimmtAm)})`
    : "Ihren Kooperationsplan";
  if (d.brief.art === "aufforderung")
    return `Wir haben mit Ihnen ${plan} vereinbart. Wir fordern Sie auf, den folgenden Schritt daraus zu erledigen (§ 15 Abs. 5 SGB II).`;
  return `Wir verpflichten Sie, den folgenden Schritt zu erledigen (§ 15a SGB II). Dabei haben wir ${plan} berücksichtigt. Der Schritt steht so in Ihrem Plan.`;
}

function abschnitte(d: BriefDokument): BriefAbschnitt[] {
  const b = d.brief;
  const abschnitte: BriefAbschnitt[] = [];
  if (b.art === "einladung") {
    const termin = b.frist ? formatGermanDate(b.frist) : "";
    abschnitte.push({
      ueberschrift: "Ihr Termin",
      absaetze: [
        `Bitte kommen Sie am ${termin} zu uns: ${b.terminOrt}.`,
        "Wir sprechen gemeinsam über Ihre Stärken und Ihre Ziele und schreiben Ihren Kooperationsplan.",
      ],
    });
  } else {
    abschnitte.push({ ueberschrift: "Worum es geht", absaetze: [anlass(d)] });
    abschnitte.push({ ueberschrift: "Ihr Schritt", absaetze: [b.schrittText] });
    abschnitte.push({
      ueberschrift: "Bis wann und wie Sie es nachweisen",
      absaetze: [
        `Erledigen Sie den Schritt bis zum ${b.frist ? formatGermanDate(b.frist) : ""}.`,
        b.nachweis
          ? `Zeigen Sie uns als Nachweis: ${b.nachweis}.`
          : "Sagen Sie uns Bescheid, wenn Sie den Schritt erledigt haben.",
      ],
    });
  }
  if (b.mitRechtsfolgenbelehrung)
    abschnitte.push({
      ueberschrift: "Rechtsfolgenbelehrung: Was passiert, wenn Sie den Schritt nicht erledigen",
      absaetze: [],
      punkte: belehrungsPunkte(b.rechtsfolgenText),
    });
  abschnitte.push({ ueberschrift: "Ihre Rechte: Widerspruch", absaetze: [b.rechtsbehelfText] });
  abschnitte.push({
    ueberschrift: "Fragen?",
    absaetze: [
      `Rufen Sie uns an oder schreiben Sie uns. Ihre Ansprechperson: ${d.betreuung.name}, Telefon ${d.betreuung.telefon}, E-Mail ${d.betreuung.email}.`,
    ],
  });
  return abschnitte;
}

/** The sections of a letter in reading order, as printable blocks; consequences and remedy come last. */
export function briefAbschnitte(d: BriefDokument): PlanAbschnitt[] {
  return abschnitte(d).map((a) => ({
    ueberschrift: a.ueberschrift,
    bloecke: [
      ...a.absaetze.map((text) => ({ art: "absatz" as const, text })),
      ...(a.punkte ? [{ art: "liste" as const, punkte: a.punkte }] : []),
    ],
  }));
}
