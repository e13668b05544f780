import type { EintragBefund } from "../../../domain/assistent/eintragBefund";
import type { PlanQualitaet } from "../../../domain/assistent/checkPlanQualitaet";
import type { SprachBefund } from "../../../domain/sprache/befund";
import { assistent as t } from "../../translations/assistent";

/** One line of a hint region; the server (React) and the browser script (DOM) render the same lines. */
export interface Zeile {
  art: "bereich" | "bereichPruefen" | "hinweis" | "platzhalter" | "sprache" | "lesbarkeit";
  titel?: string;
  text: string;
}

/** At most this many plain-language findings per entry, so the hints stay short. */
const MAX_SPRACHE = 3;

/** The lines beside one entry: area, what is missing, placeholders left, plain language, readability. */
export function eintragZeilen(b: EintragBefund, sprache?: SprachBefund): Zeile[] {
  const zeilen: Zeile[] = [{ art: "bereich", text: t.bereichText(b.areaLabel, b.codedBy === "person") }];
  if (b.bereichPruefen) zeilen.push({ art: "bereichPruefen", text: t.bereichPruefen });
  if (b.hinweis) zeilen.push({ art: "hinweis", titel: t.nichtKonkret, text: b.hinweis });
  if (b.platzhalter.length > 0)
    zeilen.push({ art: "platzhalter", text: t.platzhalter(b.platzhalter.map((p) => `{${p}}`).join(", ")) });
  for (const h of sprache?.hinweise.slice(0, MAX_SPRACHE) ?? [])
    zeilen.push({ art: "sprache", text: `${h.message} ${h.suggestion}` });
  if (sprache?.lesbarkeit)
    zeilen.push({ art: "lesbarkeit", text: t.lesbarkeitText(t.stufen[sprache.lesbarkeit.stufe]) });
  return zeilen;
}

/** The plan-level summary: readability, number of plain-language findings, areas to check. */
export function planZeilen(q: PlanQualitaet): Zeile[] {
  const n = q.sprache.hinweise.length;
  const zeilen: Zeile[] = [];
  if (q.sprache.lesbarkeit)
    zeilen.push({ art: "lesbarkeit", text: t.lesbarkeitText(t.stufen[q.sprache.lesbarkeit.stufe]) });
  const arten = Object.entries(q.sprache.anzahlNachCode)
    .map(([code, anzahl]) => `${anzahl}× ${t.sprachCodes[code as keyof typeof t.sprachCodes]}`)
    .join(", ");
  zeilen.push({ art: "sprache", text: n === 0 ? t.spracheKeine : `${t.spracheAnzahl(n)}: ${arten}.` });
  if (q.bereichePruefen > 0)
    zeilen.push({ art: "bereichPruefen", text: t.bereichePruefen(q.bereichePruefen) });
  return zeilen;
}

/** Stable DOM id of an entry's hint region. */
export const regionId = (eintragId: string) => `assistent-${eintragId}`;
