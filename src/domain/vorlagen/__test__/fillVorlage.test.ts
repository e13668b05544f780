import { describe, expect, it } from "vitest";
import { VORLAGEN } from "../katalog";
import { fillVorlage } from "../fillVorlage";

const vorlage = (id: string) => {
  const v = VORLAGEN.find((x) => x.id === id);
  if (!v) throw new Error(id);
  return v;
};

describe("fillVorlage", () => {
  it("fills text, frequency and proof of a step", () => {
    const r = fillVorlage(vorlage("arbeit-bewerbungen"), { anzahl: 5, beruf: "Lagerhelfer" });
    expect(r.text).toBe("Ich bewerbe mich jeden Monat auf 5 Stellen als Lagerhelfer.");
    expect(r.haeufigkeit).toBe("5 Bewerbungen im Monat");
    expect(r.nachweis).toBe("Liste der Bewerbungen zum nächsten Termin");
    expect(r).toMatchObject({ fehlend: [], vollstaendig: true, sprache: "de" });
  });

  it("formats ISO dates in German and reports missing placeholders", () => {
    const r = fillVorlage(vorlage("quali-fuehrerschein"), { datum: "2026-03-15", stelle: " " });
    expect(r.text).toBe("Ich melde mich bis 15.03.2026 bei {stelle} für den Führerschein an.");
    expect(r.haeufigkeit).toBe("einmal bis 15.03.2026");
    expect(r.fehlend).toEqual(["stelle"]);
    expect(r.vollstaendig).toBe(false);
  });

  it("uses a translation when asked and falls back to German", () => {
    const v = vorlage("u-bewerbungskosten");
    expect(fillVorlage(v, { betrag: 260 }, { sprache: "en" })).toMatchObject({
      text: "The jobcentre pays me up to 260 euros a year for applications.",
      sprache: "en",
    });
    expect(fillVorlage(v, { betrag: 260 }, { sprache: "uk" }).sprache).toBe("de");
  });
});
