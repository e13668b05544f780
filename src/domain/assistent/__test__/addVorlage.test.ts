import { describe, expect, it } from "vitest";
import { PlanInhaltSchema } from "../../kooperationsplan/planInhalt";
import { VORLAGEN } from "../../vorlagen/katalog";
import { addAngebot } from "../addAngebot";
import { addVorlage } from "../addVorlage";

const vorlage = (id: string) => {
  const v = VORLAGEN.find((x) => x.id === id);
  if (!v) throw new Error(id);
  return v;
};
const mitTermin = PlanInhaltSchema.parse({ naechsterTermin: { datum: "2027-01-15" } });
const ohneTermin = PlanInhaltSchema.parse({});

describe("addVorlage", () => {
  it("adds a step with frequency and proof, the date filled from the next appointment", () => {
    const { inhalt, index } = addVorlage(mitTermin, "schritte", vorlage("ges-hausarzt"), "neu1");
    expect(index).toBe(0);
    expect(inhalt.schritte[0]).toMatchObject({
      id: "neu1",
      text: "Ich mache bis 15.01.2027 einen Termin in meiner Hausarztpraxis.",
      frist: "2027-01-15",
      nachweis: "Termin-Bestätigung, ohne Befund",
    });
  });

  it("leaves placeholders it cannot fill for the counsellor", () => {
    const { inhalt } = addVorlage(ohneTermin, "schritte", vorlage("ges-therapie"), "neu1");
    expect(inhalt.schritte[0]?.text).toContain("{anzahl}");
    expect(inhalt.schritte[0]?.frist).toBeNull();
  });

  it("adds a support entry at the end of its section", () => {
    const start = PlanInhaltSchema.parse({ unterstuetzung: [{ id: "u1", text: "Beratung alle 4 Wochen." }] });
    const hilfe = vorlage("u-fahrtkosten");
    const { inhalt, index } = addVorlage(start, "unterstuetzung", hilfe, "neu2");
    expect(index).toBe(1);
    expect(inhalt.unterstuetzung.map((e) => e.id)).toEqual(["u1", "neu2"]);
  });
});

describe("addAngebot", () => {
  const angebot = {
    id: "a1",
    typ: "coaching" as const,
    titel: "Neustart Beruf",
    traeger: "Lernwerk Nord",
    bereiche: [],
    aktiv: true,
  };

  it("names the offer in the support template of its type", () => {
    const { inhalt } = addAngebot(mitTermin, angebot, "neu3");
    expect(inhalt.unterstuetzung[0]?.text).toContain("„Neustart Beruf“ bei Lernwerk Nord");
  });

  it("writes a plain sentence when no template of the type names an offer", () => {
    const { inhalt } = addAngebot(
      ohneTermin,
      { ...angebot, typ: "fahrtkosten", traeger: undefined },
      "neu4",
      [],
    );
    expect(inhalt.unterstuetzung[0]?.text).toBe("Das Jobcenter unterstützt mich mit „Neustart Beruf“.");
  });
});
