import type { PlanInhalt } from "../kooperationsplan/planInhalt";
import { addDays, type IsoDate } from "../shared/isoDate";

export interface BewerbungsZiel {
  schrittId: string;
  anzahl: number;
  zeitraum: "monat" | "woche";
}

const BEWERBUNG = /bewerb/i;
const ANZAHL = /(\d{1,3})\s*(?:bewerbungen|bewerbung|stellen)?[^.\d]*?\b(monat|woche)/i;

/**
 * The number of applications a step of the plan agrees on ("5 Bewerbungen im Monat", "Ich bewerbe mich
 * jeden Monat auf 4 Stellen"), or null when no step states one.
 */
export function findeBewerbungsZiel(inhalt: PlanInhalt): BewerbungsZiel | null {
  for (const schritt of inhalt.schritte) {
    for (const text of [schritt.haeufigkeit, schritt.text]) {
      if (!BEWERBUNG.test(`${schritt.text} ${schritt.haeufigkeit}`)) continue;
      const treffer = ANZAHL.exec(text) ?? /\b(monat|woche)\b[^\d]*(\d{1,3})/i.exec(text);
      if (!treffer) continue;
      const [zahl, zeit] = /\d/.test(treffer[1] ?? "") ? [treffer[1], treffer[2]] : [treffer[2], treffer[1]];
      const anzahl = Number(zahl);
      if (anzahl > 0)
        return {
          schrittId: schritt.id,
          anzahl,
          zeitraum: zeit?.toLowerCase() === "woche" ? "woche" : "monat",
        };
    }
  }
  return null;
}

/** First and last day of the current period (calendar month, or Monday to Sunday). */
export function zeitraumVon(
  heute: IsoDate,
  zeitraum: BewerbungsZiel["zeitraum"],
): { von: IsoDate; bis: IsoDate } {
  if (zeitraum === "monat") {
    const von = `${heute.slice(0, 8)}01`;
    const naechster = addDays(`${heute.slice(0, 8)}28`, 4);
    return { von, bis: addDays(`${naechster.slice(0, 8)}01`, -1) };
  }
  const [y, m, d] = heute.split("-").map(Number) as [number, number, number];
  const wochentag = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  const von = addDays(heute, -wochentag);
  return { von, bis: addDays(von, 6) };
}

/** How many of the agreed applications are logged in the current period. */
export function zaehleBewerbungen(
  ziel: BewerbungsZiel,
  daten: readonly IsoDate[],
  heute: IsoDate,
): { erfasst: number; vereinbart: number; von: IsoDate; bis: IsoDate } {
  const { von, bis } = zeitraumVon(heute, ziel.zeitraum);
  const erfasst = daten.filter((d) => d >= von && d <= bis).length;
  return { erfasst, vereinbart: ziel.anzahl, von, bis };
}
