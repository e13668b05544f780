import { rechtsstandAm, type Rechtsstand } from "../../domain/rechtsstand/rechtsstandAm";
import { err, ok, type Result } from "../../domain/shared/result";
import type { Brief } from "../../domain/verbindlichkeit/brief";
import type { RechtsfolgenEreignis } from "../../domain/verbindlichkeit/ereignis";
import { berechneFristen, type Frist } from "../../domain/verbindlichkeit/fristen";
import type { Schlichtung } from "../../domain/verbindlichkeit/schlichtung";
import { baueZeitleiste, type ZeitleistenEintrag } from "../../domain/verbindlichkeit/zeitleiste";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { today } from "../today";
import { loadRegelConfig } from "./loadRegelConfig";

export interface Zeitleiste {
  personId: string;
  eintraege: ZeitleistenEintrag[];
  /** Deadlines due soon, today or passed: shown as reminders. */
  erinnerungen: Frist[];
  rechtsstandHeute: Rechtsstand;
  briefe: Brief[];
  schlichtungen: Schlichtung[];
  ereignisse: RechtsfolgenEreignis[];
}

/**
 * Plan versions, letters, Schlichtungen, events, hearings, decisions and deadlines in date order. Audited
 * as its own read, unless `teilDerAkte`: a page that shows it with the person's file (getPersonAkte,
 * which records the read) writes one row for the one access, not two.
 */
export async function getZeitleiste(
  deps: UseCaseDeps,
  personId: string,
  { teilDerAkte = false }: { teilDerAkte?: boolean } = {},
): Promise<Result<Zeitleiste>> {
  const allowed = await requireRecht(deps, "person.lesen");
  if (!allowed.ok) return allowed;
  if (!(await deps.repos.personen.get(personId))) return err("nicht_gefunden");
  const repo = deps.repos.rechtsfolgen;
  const plan = await deps.repos.plaene.findByPerson(personId);
  const briefe = await repo.briefe.list(personId);
  const schlichtungen = await repo.schlichtungen.list(personId);
  const ereignisse = await repo.ereignisse.list(personId);
  const anhoerungen = await repo.anhoerungen.listForPerson(personId);
  const entscheidungen = await repo.entscheidungen.listForPerson(personId);
  const heute = today(deps.clock);
  const fristen = berechneFristen(
    { schlichtungen, ereignisse, entscheidungen, config: await loadRegelConfig(deps) },
    heute,
  );
  const versionen = (plan?.versionen ?? []).map((v) => ({
    planId: v.planId,
    nummer: v.nummer,
    status: v.status,
    abgestimmtAm: v.abstimmung?.am ?? null,
    rechtsstand: v.rechtsstand,
  }));
  const eintraege = baueZeitleiste({
    versionen,
    briefe,
    schlichtungen,
    ereignisse,
    anhoerungen,
    entscheidungen,
    fristen,
  });
  if (!teilDerAkte)
    await deps.repos.audit.record({
      aktion: "lesen",
      objekt: "zeitleiste",
      objektId: personId,
      personId,
      details: { eintraege: eintraege.length },
    });
  return ok({
    personId,
    eintraege,
    erinnerungen: fristen.filter((f) => f.lage !== "offen"),
    rechtsstandHeute: rechtsstandAm(heute),
    briefe,
    schlichtungen,
    ereignisse,
  });
}
