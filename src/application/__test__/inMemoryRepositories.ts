import type { PlanVersion } from "../../domain/kooperationsplan/planVersion";
import type { Leistungsberechtigte } from "../../domain/person/leistungsberechtigte";
import { inMemoryAngebote, inMemoryBudget } from "../angebote/__test__/inMemoryAngebote";
import type { Actor, AuditEintrag, Clock, PlanAkte, Repositories, UseCaseDeps } from "../ports";
import { inMemoryRechtsfolgen } from "../rechtsfolgen/__test__/inMemoryRechtsfolgen";

/**
 * In-memory fakes of the repositories: fast use-case tests without a database. `clock` stamps what the database adapter stamps from the app's clock (a version's creation time).
 */
export function inMemoryRepositories(
  personen: Leistungsberechtigte[] = [],
  clock: Clock = { now: () => new Date("2026-11-26T10:00:00+01:00") },
) {
  const plaene = new Map<string, PlanAkte>();
  const audit: AuditEintrag[] = [];
  let n = 0;
  const id = (p: string) => `${p}-${++n}`;
  const copy = (a: PlanAkte): PlanAkte => structuredClone(a);
  const repos: Repositories = {
    angebote: inMemoryAngebote(),
    budget: inMemoryBudget(),
    rechtsfolgen: inMemoryRechtsfolgen(),
    posteingang: { quellen: async () => [], markiereErledigt: async () => undefined },
    personen: {
      listFaelle: async () => ({ zeilen: [], gesamt: 0 }),
      listFaelligeUeberpruefungen: async () => [],
      get: async (pid) => personen.find((p) => p.id === pid) ?? null,
      create: async (input, betreuerId) => {
        const p = { ...input, id: id("person"), jobcenterId: "jc", betreuerId };
        personen.push(p);
        return p;
      },
    },
    plaene: {
      findByPerson: async (pid) => {
        const a = [...plaene.values()].find((x) => x.personId === pid);
        return a ? copy(a) : null;
      },
      findById: async (planId) => (plaene.has(planId) ? copy(plaene.get(planId) as PlanAkte) : null),
      createPlan: async (personId) => {
        const planId = id("plan");
        plaene.set(planId, { planId, personId, versionen: [] });
        return planId;
      },
      insertVersion: async (_personId, v) => {
        const erstelltAm = clock.now().toISOString();
        const version: PlanVersion = { ...v, id: id("version"), erstelltAm, geaendertAm: erstelltAm };
        plaene.get(v.planId)?.versionen.unshift(version);
        return structuredClone(version);
      },
      updateVersion: async (v, expected) => {
        const list = plaene.get(v.planId)?.versionen ?? [];
        const i = list.findIndex((x) => x.id === v.id);
        if (i < 0 || list[i]?.lockVersion !== expected) return false;
        list[i] = structuredClone(v);
        return true;
      },
      beenden: async (planId, b) => {
        const akte = plaene.get(planId) as PlanAkte | undefined;
        if (!akte || akte.beendet) return false;
        akte.beendet = b;
        return true;
      },
      markErsetzt: async (versionId) => {
        for (const a of plaene.values())
          for (const v of a.versionen) if (v.id === versionId) v.status = "ersetzt";
      },
      deleteEntwurf: async (versionId, expectedLockVersion) => {
        for (const a of plaene.values()) {
          const i = a.versionen.findIndex(
            (v) => v.id === versionId && v.status === "entwurf" && v.lockVersion === expectedLockVersion,
          );
          if (i >= 0) return a.versionen.splice(i, 1).length === 1;
        }
        return false;
      },
    },
    potenzialanalysen: {
      list: async () => [],
      create: async (personId, input) => ({ ...input, id: id("pa"), personId, erstelltAm: "" }),
    },
    terminvermerke: {
      list: async () => [],
      create: async (_p, input) => ({ ...input, id: id("tv"), erstelltAm: "" }),
    },
    audit: { record: async (e) => void audit.push(e) },
    auditProtokoll: {
      list: async () => ({ eintraege: [], naechste: null }),
      zielPerson: async (_ziel, pid) => (personen.some((p) => p.id === pid) ? pid : null),
      akteure: async () => [],
    },
    stammdaten: {
      jobcenter: async () => ({ name: "Jobcenter Test", anschrift: "Teststraße 1" }),
      rueckdatierungTage: async () => 14,
      mitarbeitende: async () => ({ name: "Anna", telefon: "1", email: "a@b.de" }),
    },
  };
  return { repos, audit, plaene };
}

export const counsellor: Actor = {
  userId: "u1",
  jobcenterId: "jc",
  rolle: "integrationsfachkraft",
  name: "Anna",
};

export function buildDeps(repos: Repositories, actor: Actor = counsellor, today = "2026-11-26"): UseCaseDeps {
  let i = 0;
  return {
    repos,
    actor,
    clock: { now: () => new Date(`${today}T10:00:00+01:00`) },
    ids: { eintragId: () => `e${++i}` },
  };
}

export const person: Leistungsberechtigte = {
  id: "p1",
  jobcenterId: "jc",
  betreuerId: "u1",
  vorname: "Olena",
  nachname: "Kovalenko",
  geburtsdatum: "1990-05-01",
  bgNummer: "12345BG0000001",
  email: "",
  telefon: "",
  sprache: "uk",
};
