import { describe, expect, it } from "vitest";
import { PlanInhaltSchema } from "../../kooperationsplan/planInhalt";
import { checkPlanSprache, FELD_IDS } from "../checkPlanSprache";

const inhalt = PlanInhaltSchema.parse({
  berufsziel: "Ich arbeite als Lagerhelfer in Vollzeit.",
  schritte: [
    { id: "s1", text: "Ich bewerbe mich auf Stellen.", haeufigkeit: "5 pro Monat", nachweis: "Liste" },
  ],
  unterstuetzung: [{ id: "u1", text: "Die Kosten werden seitens des Jobcenters übernommen." }],
});

describe("checkPlanSprache", () => {
  it("checks every non-empty text by id", () => {
    const { eintraege } = checkPlanSprache(inhalt);
    expect([...eintraege.keys()]).toEqual([FELD_IDS.berufsziel, "s1", "u1"]);
    expect(eintraege.get("u1")?.anzahlNachCode).toMatchObject({ passiv: 1, amtsdeutsch: 1 });
  });

  it("aggregates statistics and tags findings with the entry id", () => {
    const { eintraege, gesamt } = checkPlanSprache(inhalt);
    const woerter = [...eintraege.values()].reduce((n, b) => n + b.statistik.woerter, 0);
    expect(gesamt.statistik.woerter).toBe(woerter);
    expect(gesamt.hinweise.every((h) => h.eintragId === "u1")).toBe(true);
    expect(gesamt.lesbarkeit).not.toBeNull();
  });

  it("returns an empty result for an empty plan", () => {
    const { eintraege, gesamt } = checkPlanSprache(PlanInhaltSchema.parse({}));
    expect(eintraege.size).toBe(0);
    expect(gesamt.lesbarkeit).toBeNull();
  });
});
