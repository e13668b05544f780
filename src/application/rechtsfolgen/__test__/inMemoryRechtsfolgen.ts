import type { Anhoerung } from "../../../domain/verbindlichkeit/anhoerung";
import type { Brief } from "../../../domain/verbindlichkeit/brief";
import type { RechtsfolgenEntscheidung } from "../../../domain/verbindlichkeit/entscheidung";
import type { RechtsfolgenEreignis } from "../../../domain/verbindlichkeit/ereignis";
import type { Schlichtung } from "../../../domain/verbindlichkeit/schlichtung";
import type { RechtsfolgenRepositories, RegelOverride } from "../ports";

/** In-memory fakes of the Rechtsfolgen repositories (no row-level security: tests pass visible data only). */
export function inMemoryRechtsfolgen(): RechtsfolgenRepositories {
  let n = 0;
  const id = (p: string) => `${p}-${++n}`;
  const briefe: Brief[] = [];
  const schlichtungen: Schlichtung[] = [];
  const ereignisse: RechtsfolgenEreignis[] = [];
  const anhoerungen: (Anhoerung & { personId: string })[] = [];
  const entscheidungen: (RechtsfolgenEntscheidung & { personId: string })[] = [];
  const overrides: RegelOverride[] = [];
  const stamp = "2026-11-26T09:00:00.000Z";
  return {
    briefe: {
      list: async (personId) => briefe.filter((b) => b.personId === personId),
      get: async (bid) => briefe.find((b) => b.id === bid) ?? null,
      create: async (personId, b) => {
        const brief: Brief = {
          ...b,
          id: id("brief"),
          personId,
          planId: null,
          planVersionNummer: null,
          status: "entwurf",
          versandtAm: null,
          erstelltAm: stamp,
        };
        briefe.push(brief);
        return brief;
      },
      markVersandt: async (bid, am) => {
        const b = briefe.find((x) => x.id === bid && x.status === "entwurf");
        if (!b) return false;
        Object.assign(b, { status: "versandt", versandtAm: am });
        return true;
      },
    },
    schlichtungen: {
      list: async (personId) => schlichtungen.filter((s) => s.personId === personId),
      get: async (sid) => schlichtungen.find((s) => s.id === sid) ?? null,
      create: async (personId, input, spaetestesEnde) => {
        const s: Schlichtung = {
          ...input,
          id: id("schlichtung"),
          personId,
          spaetestesEnde,
          beendetAm: null,
          beendigung: null,
          ergebnis: "",
        };
        schlichtungen.push(s);
        return s;
      },
      end: async (sid, am, beendigung, ergebnis) => {
        const s = schlichtungen.find((x) => x.id === sid) as Schlichtung;
        Object.assign(s, { beendetAm: am, beendigung, ergebnis });
        return s;
      },
    },
    ereignisse: {
      list: async (personId) => ereignisse.filter((e) => e.personId === personId),
      get: async (eid) => ereignisse.find((e) => e.id === eid) ?? null,
      create: async (personId, input) => {
        const e: RechtsfolgenEreignis = { ...input, id: id("ereignis"), personId };
        ereignisse.push(e);
        return e;
      },
    },
    anhoerungen: {
      listForPerson: async (personId) => anhoerungen.filter((a) => a.personId === personId),
      create: async (personId, ereignisId, input) => {
        const a = { ...input, id: id("anhoerung"), ereignisId, personId };
        anhoerungen.push(a);
        return a;
      },
    },
    entscheidungen: {
      listForPerson: async (personId) => entscheidungen.filter((e) => e.personId === personId),
      get: async (eid) => entscheidungen.find((e) => e.id === eid) ?? null,
      create: async (personId, e) => {
        const d = { ...e, id: id("entscheidung"), personId, u25AngebotAm: null, erstelltAm: stamp };
        entscheidungen.push(d);
        return d;
      },
      recordU25Angebot: async (eid, am) => {
        const d = entscheidungen.find((e) => e.id === eid);
        if (d) d.u25AngebotAm = am;
      },
    },
    regelOverrides: {
      listAktuell: async () => {
        const latest = new Map<string, RegelOverride>();
        for (const o of overrides) latest.set(`${o.bereich}.${o.parameter}`, o);
        return [...latest.values()];
      },
      record: async (bereich, parameter, wert, grund) => {
        overrides.push({ bereich, parameter, wert, grund, geaendertVon: "tl", geaendertAm: stamp });
      },
    },
  };
}
