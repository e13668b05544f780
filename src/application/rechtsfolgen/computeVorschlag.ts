import { beurteileRechtsfolge } from "../../domain/rechtsfolgen/beurteileRechtsfolge";
import type { RechtsfolgenErgebnis } from "../../domain/rechtsfolgen/rechtsfolgenErgebnis";
import type { RechtsfolgenFall } from "../../domain/rechtsfolgen/rechtsfolgenFall";
import type { IsoDate } from "../../domain/shared/isoDate";
import { err, ok, type Result } from "../../domain/shared/result";
import type { Anhoerung } from "../../domain/verbindlichkeit/anhoerung";
import { baueFall } from "../../domain/verbindlichkeit/baueFall";
import type { RechtsfolgenEntscheidung } from "../../domain/verbindlichkeit/entscheidung";
import type { RechtsfolgenEreignis } from "../../domain/verbindlichkeit/ereignis";
import { persoenlichErforderlich } from "../../domain/verbindlichkeit/pruefeAnhoerung";
import type { UseCaseDeps } from "../ports";
import { loadRegelConfig } from "./loadRegelConfig";

export interface Vorschlag {
  personId: string;
  personName: string;
  ereignis: RechtsfolgenEreignis;
  anhoerungen: Anhoerung[];
  /** Must the hearing be in person (§ 31a Abs. 2)? */
  persoenlichErforderlich: boolean;
  fall: RechtsfolgenFall;
  vorschlag: RechtsfolgenErgebnis;
  entscheidung: RechtsfolgenEntscheidung | null;
}

/**
 * Collects an event's inputs and runs the rules engine with the jobcentre's corrections, the person's
 * earlier decisions (`vorherige`), age under 25 and any Schlichtung. Not audited here (callers do).
 */
export async function computeVorschlag(
  deps: UseCaseDeps,
  ereignisId: string,
  feststellung: IsoDate,
): Promise<Result<Vorschlag>> {
  const repo = deps.repos.rechtsfolgen;
  const ereignis = await repo.ereignisse.get(ereignisId);
  if (!ereignis) return err("nicht_gefunden");
  const person = await deps.repos.personen.get(ereignis.personId);
  if (!person) return err("nicht_gefunden");
  // One connection per transaction: queries run one after the other.
  const ereignisse = await repo.ereignisse.list(person.id);
  const anhoerungen = await repo.anhoerungen.listForPerson(person.id);
  const schlichtungen = await repo.schlichtungen.list(person.id);
  const entscheidungen = await repo.entscheidungen.listForPerson(person.id);
  const artVon = new Map(ereignisse.map((e) => [e.id, e]));
  const andere = entscheidungen.flatMap((d) => {
    const e = artVon.get(d.ereignisId);
    return e && e.id !== ereignisId ? [{ ...d, art: e.art, datum: e.datum }] : [];
  });
  const eigene = anhoerungen.filter((a) => a.ereignisId === ereignisId);
  const fall = baueFall({
    ereignis,
    anhoerungen: eigene,
    schlichtungen,
    entscheidungen: andere,
    geburtsdatum: person.geburtsdatum,
    feststellung: feststellung < ereignis.datum ? ereignis.datum : feststellung,
    brief: ereignis.briefId ? await repo.briefe.get(ereignis.briefId) : null,
  });
  return ok({
    personId: person.id,
    personName: `${person.vorname} ${person.nachname}`,
    ereignis,
    anhoerungen: eigene,
    persoenlichErforderlich: persoenlichErforderlich(ereignis, ereignisse, false),
    fall,
    vorschlag: beurteileRechtsfolge(fall, await loadRegelConfig(deps)),
    entscheidung: entscheidungen.find((d) => d.ereignisId === ereignisId) ?? null,
  });
}
