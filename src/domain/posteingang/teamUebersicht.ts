import { daysBetween, type IsoDate } from "../shared/isoDate";
import type { EingangEintrag } from "./posteingang";

export interface TeamGruppe {
  betreuerId: string;
  betreuerName: string;
  anzahl: number;
  /** Age in days of the oldest open item (0: it came in today). */
  aeltesteTage: number;
  eintraege: EingangEintrag[];
}

/**
 * The team lead's view: the open items grouped by counsellor, with the age of each one's oldest open item;
 * the counsellor whose oldest item waits longest comes first.
 */
export function teamUebersicht(eintraege: readonly EingangEintrag[], heute: IsoDate): TeamGruppe[] {
  const gruppen = new Map<string, TeamGruppe>();
  for (const e of eintraege) {
    const alter = Math.max(0, daysBetween(e.seit, heute));
    const g = gruppen.get(e.betreuerId);
    if (g) {
      g.anzahl += 1;
      g.aeltesteTage = Math.max(g.aeltesteTage, alter);
      g.eintraege.push(e);
    } else
      gruppen.set(e.betreuerId, {
        betreuerId: e.betreuerId,
        betreuerName: e.betreuerName,
        anzahl: 1,
        aeltesteTage: alter,
        eintraege: [e],
      });
  }
  return [...gruppen.values()].sort(
    (a, b) => b.aeltesteTage - a.aeltesteTage || a.betreuerName.localeCompare(b.betreuerName, "de"),
  );
}
