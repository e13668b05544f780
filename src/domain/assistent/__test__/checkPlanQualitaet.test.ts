import { describe, expect, it } from "vitest";
import { PlanInhaltSchema, type PlanInhaltInput } from "../../kooperationsplan/planInhalt";
import { checkPlanQualitaet } from "../checkPlanQualitaet";

const VAGE = "Ich kümmere mich um meine Gesundheit.";
const KONKRET = "Ich gehe bis zum 15.01.2027 zu meiner Hausärztin und bespreche eine Therapie.";
const plan = (input: PlanInhaltInput) => PlanInhaltSchema.parse(input);
const befund = (text: string) =>
  checkPlanQualitaet(plan({ schritte: [{ id: "s1", text }] })).eintraege.find((e) => e.id === "s1");

describe("checkPlanQualitaet", () => {
  it("gives a vague step its area and a hint what is missing, with an example", () => {
    const b = befund(VAGE);
    expect(b).toMatchObject({
      area: "gesundheit",
      areaLabel: "Gesundheit",
      specific: false,
      codedBy: "auto",
    });
    expect(b?.hinweis).toMatch(/^Schreiben Sie dazu, bis wann: z\. B\./);
  });

  it("has no hint once the step is concrete", () => {
    expect(befund(KONKRET)).toMatchObject({ area: "gesundheit", specific: true, hinweis: null });
  });

  it("uses the area a person chose for the hint and the completeness check", () => {
    const q = checkPlanQualitaet(
      plan({
        berufsziel: "Ich arbeite wieder.",
        schritte: [
          {
            id: "s1",
            text: "Ich gebe Unterlagen ab.",
            code: { area: "sprache", specific: false, codedBy: "person" },
          },
        ],
      }),
      { potenzialanalyse: { sprachniveauDeutsch: "A1", gesundheitlicheEinschraenkung: false } },
    );
    const s1 = q.eintraege.find((e) => e.id === "s1");
    expect(s1).toMatchObject({ area: "sprache", codedBy: "person" });
    expect(s1?.hinweis).toMatch(/wie oft/);
    expect(q.vollstaendigkeit.map((h) => h.code)).not.toContain("sprachkurs_pruefen");
  });

  it("lists the goal text first and reports template placeholders still in a text", () => {
    const q = checkPlanQualitaet(
      plan({
        berufsziel: "Ich arbeite als Koch.",
        schritte: [{ id: "s1", text: "Ich bewerbe mich {anzahl}-mal im Monat." }],
      }),
    );
    expect(q.eintraege.map((e) => e.id)).toEqual(["berufsziel", "s1"]);
    expect(q.eintraege[1]?.platzhalter).toEqual(["anzahl"]);
  });

  it("checks plain language per entry and for the plan, with a readability level", () => {
    const q = checkPlanQualitaet(
      plan({
        schritte: [{ id: "s1", text: "Die Eingliederung in Arbeit wird durch das Jobcenter unterstützt." }],
      }),
    );
    expect(q.spracheJeEintrag.get("s1")?.hinweise.map((h) => h.code)).toEqual(
      expect.arrayContaining(["amtsdeutsch", "passiv"]),
    );
    expect(q.sprache.lesbarkeit?.stufe).toMatch(/leicht|mittel|schwer/);
  });

  it("names missing parts of § 15 Abs. 2 with norms, using the Potenzialanalyse", () => {
    const q = checkPlanQualitaet(plan({ schritte: [{ id: "s1", text: VAGE }] }), {
      potenzialanalyse: { sprachniveauDeutsch: "A2", gesundheitlicheEinschraenkung: true },
    });
    const codes = q.vollstaendigkeit.map((h) => h.code);
    expect(codes).toEqual(
      expect.arrayContaining(["ziel_fehlt", "unterstuetzung_fehlt", "sprachkurs_pruefen", "reha_pruefen"]),
    );
    expect(q.vollstaendigkeit.every((h) => h.norm.startsWith("§ 15"))).toBe(true);
  });
});
