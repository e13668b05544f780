import { describe, expect, it } from "vitest";
import { PlanInhaltSchema, type PlanInhaltInput } from "../../kooperationsplan/planInhalt";
import { AngebotSchema, type Angebot, type AngebotInput } from "../angebot";
import {
  berechneBudgetStand,
  bindungenFuer,
  budgetJahr,
  ueberzogeneAngebote,
  type BudgetBindung,
} from "../budgetStand";

const A = "0b6f3c1e-1111-4a8e-9d2a-000000000001";
const B = "0b6f3c1e-1111-4a8e-9d2a-000000000002";
const angebot = (a: Partial<AngebotInput> & { id: string }): Angebot =>
  AngebotSchema.parse({ typ: "coaching", titel: "Coaching", ...a });
const ANGEBOTE = [
  angebot({ id: A, restbudgetCent: 300_000, kostenProFallCent: 90_000 }),
  angebot({ id: B, restbudgetCent: null, kostenProFallCent: 10_000 }),
];
const inhalt = (unterstuetzung: PlanInhaltInput["unterstuetzung"]) =>
  PlanInhaltSchema.parse({ berufsziel: "Lager", unterstuetzung });
const bindung = (b: Partial<BudgetBindung>): BudgetBindung => ({
  angebotId: A,
  planId: "plan-x",
  eintragId: "u1",
  betragCent: 90_000,
  am: "2026-11-26",
  ...b,
});
const standVon = (stand: ReturnType<typeof berechneBudgetStand>, id = A) =>
  stand.find((s) => s.angebotId === id);

describe("bindungenFuer", () => {
  it("commits the offer's cost per case, or the counsellor's estimate where one is entered", () => {
    const plan = inhalt([
      { id: "u1", text: "Coaching", angebotId: A },
      { id: "u2", text: "Coaching mit Schätzung", angebotId: A, schaetzungCent: 120_000 },
      { id: "u3", text: "Ohne Angebot" },
    ]);
    expect(bindungenFuer(plan, ANGEBOTE)).toEqual([
      { angebotId: A, eintragId: "u1", betragCent: 90_000 },
      { angebotId: A, eintragId: "u2", betragCent: 120_000 },
    ]);
  });

  it("an estimate of 0 € overrides the cost; without cost and estimate nothing is committed", () => {
    const ohneKosten = angebot({ id: B, restbudgetCent: 1000 });
    const plan = inhalt([
      { id: "u1", text: "kostenlos", angebotId: A, schaetzungCent: 0 },
      { id: "u2", text: "unbekannt", angebotId: B },
      { id: "u3", text: "gelöschtes Angebot", angebotId: "0b6f3c1e-1111-4a8e-9d2a-0000000000ff" },
    ]);
    expect(bindungenFuer(plan, [ANGEBOTE[0] as Angebot, ohneKosten])).toEqual([
      { angebotId: A, eintragId: "u1", betragCent: 0 },
    ]);
  });
});

describe("berechneBudgetStand", () => {
  it("assigning an offer in a draft changes nothing; only agreed commitments count", () => {
    const stand = berechneBudgetStand(ANGEBOTE, [], { jahr: 2026 });
    expect(standVon(stand)).toMatchObject({ budgetCent: 300_000, gebundenCent: 0, verbleibendCent: 300_000 });
    const mitBindung = berechneBudgetStand(ANGEBOTE, [bindung({})], { jahr: 2026 });
    expect(standVon(mitBindung)).toMatchObject({ gebundenCent: 90_000, verbleibendCent: 210_000 });
  });

  it("after this plan: the draft's commitments less what the version it replaces already committed", () => {
    const bindungen = [
      bindung({ planId: "andere", betragCent: 50_000 }),
      bindung({ planId: "dieser", betragCent: 90_000 }),
    ];
    const entwurf = inhalt([{ id: "u1", text: "Coaching", angebotId: A, schaetzungCent: 120_000 }]);
    const stand = standVon(
      berechneBudgetStand(ANGEBOTE, bindungen, { jahr: 2026, planId: "dieser", inhalt: entwurf }),
    );
    expect(stand).toMatchObject({
      gebundenCent: 140_000,
      verbleibendCent: 160_000,
      bereitsGebundenCent: 90_000,
      diesesPlanCent: 120_000,
      nachDiesemPlanCent: 130_000,
    });
  });

  it("counts commitments only in the budget year of their agreement date (Berlin calendar year)", () => {
    expect(budgetJahr("2026-12-31")).toBe(2026);
    expect(budgetJahr("2027-01-01")).toBe(2027);
    const bindungen = [bindung({ am: "2026-12-31" }), bindung({ am: "2027-01-01", betragCent: 10_000 })];
    expect(standVon(berechneBudgetStand(ANGEBOTE, bindungen, { jahr: 2027 }))).toMatchObject({
      gebundenCent: 10_000,
      verbleibendCent: 290_000,
    });
    expect(standVon(berechneBudgetStand(ANGEBOTE, bindungen, { jahr: 2026 }))?.gebundenCent).toBe(90_000);
  });

  it("an unknown budget stays unknown, but the committed sum is still shown", () => {
    const stand = standVon(
      berechneBudgetStand(ANGEBOTE, [bindung({ angebotId: B, betragCent: 10_000 })], { jahr: 2026 }),
      B,
    );
    expect(stand).toMatchObject({ budgetCent: null, gebundenCent: 10_000, verbleibendCent: null });
    expect(stand?.nachDiesemPlanCent).toBeNull();
  });
});

describe("ueberzogeneAngebote", () => {
  it("names the offers whose budget this plan would overspend, not those it leaves as they were", () => {
    const bindungen = [bindung({ planId: "andere", betragCent: 250_000 })];
    const zuViel = inhalt([{ id: "u1", text: "Coaching", angebotId: A }]);
    const stand = berechneBudgetStand(ANGEBOTE, bindungen, { jahr: 2026, planId: "dieser", inhalt: zuViel });
    expect(ueberzogeneAngebote(stand).map((s) => s.angebotId)).toEqual([A]);
    const passt = inhalt([{ id: "u1", text: "Coaching", angebotId: A, schaetzungCent: 50_000 }]);
    const ok = berechneBudgetStand(ANGEBOTE, bindungen, { jahr: 2026, planId: "dieser", inhalt: passt });
    expect(ueberzogeneAngebote(ok)).toEqual([]);
    // The team lead lowered the budget below what is committed; renewing the same plan does not add to it.
    const gesenkt = [angebot({ id: A, restbudgetCent: 50_000, kostenProFallCent: 90_000 })];
    const gleich = berechneBudgetStand(gesenkt, [bindung({ planId: "dieser" })], {
      jahr: 2026,
      planId: "dieser",
      inhalt: zuViel,
    });
    expect(ueberzogeneAngebote(gleich)).toEqual([]);
  });
});
