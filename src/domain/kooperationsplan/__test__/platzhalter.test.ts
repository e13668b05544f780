import { describe, expect, it } from "vitest";
import { fillVorlage } from "../../vorlagen/fillVorlage";
import { VORLAGEN } from "../../vorlagen/katalog";
import { PLATZHALTER } from "../../vorlagen/vorlage";
import { abstimmen } from "../abstimmen";
import { PlanInhaltSchema } from "../planInhalt";
import { offenePlatzhalter, offenePlatzhalterImPlan } from "../platzhalter";
import { buildPlanVersion } from "./buildPlanVersion";

const input = { am: "2026-11-26", kanal: "persoenlich" as const, expectedLockVersion: 3 };

describe("open template placeholders (nothing unfinished reaches the person)", () => {
  it("finds each placeholder once, in order, also ones no template defines", () => {
    expect(offenePlatzhalter("Bis {datum} {anzahl} Bewerbungen, ab {datum} bei {Ort der Maßnahme}.")).toEqual(
      ["{datum}", "{anzahl}", "{Ort der Maßnahme}"],
    );
    expect(offenePlatzhalter("Bis 31.01.2027 fünf Bewerbungen.")).toEqual([]);
  });

  it("names every field of the plan that still holds one, in the order of the plan", () => {
    const inhalt = PlanInhaltSchema.parse({
      berufsziel: "Ich arbeite als {beruf}.",
      schritte: [
        { id: "s1", text: "Ich bewerbe mich.", haeufigkeit: "{anzahl} im Monat", nachweis: "" },
        { id: "s2", text: "Ich gehe zu {stelle}.", nachweis: "Bestätigung von {stelle}" },
      ],
      unterstuetzung: [{ id: "u1", text: "Das Jobcenter zahlt {angebot}." }],
      naechsterTermin: { datum: "2027-01-10", ort: "{stelle}" },
    });
    expect(offenePlatzhalterImPlan(inhalt)).toEqual([
      { feld: "berufsziel", platzhalter: ["{beruf}"] },
      { feld: "schritte.0.haeufigkeit", platzhalter: ["{anzahl}"] },
      { feld: "schritte.1.text", platzhalter: ["{stelle}"] },
      { feld: "schritte.1.nachweis", platzhalter: ["{stelle}"] },
      { feld: "unterstuetzung.0.text", platzhalter: ["{angebot}"] },
      { feld: "naechsterTermin.ort", platzhalter: ["{stelle}"] },
    ]);
  });

  it("refuses to agree a plan with a template added but not filled, naming every entry", () => {
    const vorlage = VORLAGEN.find((v) => v.kind === "schritt" && v.text.includes("{"));
    if (!vorlage) throw new Error("no step template with a placeholder");
    const roh = fillVorlage(vorlage, {});
    const version = buildPlanVersion(
      {},
      {
        schritte: [
          { id: "s1", text: "Ich bewerbe mich bei 3 Restaurants." },
          { id: "s2", text: roh.text },
        ],
        andereStellen: [{ id: "a1", text: "Die {stelle} berät mich." }],
      },
    );
    expect(abstimmen(version, input, "2026-11-26")).toEqual({
      ok: false,
      error: {
        code: "plan.platzhalter_offen",
        feld: "schritte.1.text",
        felder: ["schritte.1.text", "andereStellen.0.text"],
      },
    });
  });

  it("agrees the plan once every placeholder of the template is filled", () => {
    const vorlage = VORLAGEN.find((v) => v.kind === "schritt" && v.text.includes("{anzahl}"));
    if (!vorlage) throw new Error("no step template with {anzahl}");
    const werte = Object.fromEntries(PLATZHALTER.map((p) => [p, p === "datum" ? "2027-01-31" : "5"]));
    const gefuellt = fillVorlage(vorlage, werte);
    expect(gefuellt.vollstaendig).toBe(true);
    const version = buildPlanVersion({}, { schritte: [{ id: "s1", text: gefuellt.text }] });
    expect(abstimmen(version, input, "2026-11-26").ok).toBe(true);
  });
});
