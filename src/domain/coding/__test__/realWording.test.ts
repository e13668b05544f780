import { describe, expect, it } from "vitest";
import { type Area, type EntryKind } from "../areas";
import { codeEntry } from "../codeEntry";

const code = (kind: EntryKind, text: string): { area: Area; specific: boolean } => {
  const c = codeEntry({ kind, text });
  return { area: c.area, specific: c.specific };
};

describe("coder on real wording (issue 14)", () => {
  it.each<[string, Area]>([
    ["Kurs abschließen.", "qualifizierung"],
    ["Koch-Kurs im Stadtteilzentrum besuchen.", "qualifizierung"],
    ["Buchhaltungs-Kurs online machen.", "qualifizierung"],
    ["Kur in Bad Elster antreten.", "gesundheit"],
    ["Vorsprache beim Vermieter wegen der Nebenkosten.", "familie_persoenliches"],
    ["Rücksprache mit dem Hausarzt zur Belastbarkeit halten.", "gesundheit"],
  ])("decompounds and matches heads, not substrings: %s → %s", (text, area) => {
    expect(code("schritt", text).area).toBe(area);
  });

  it("knows Arbeitsgelegenheiten (§ 16d SGB II) and lets inserted words not decide", () => {
    expect(code("schritt", "Herr Z. tritt die Arbeitsgelegenheit beim Bauhof an.").area).toBe(
      "qualifizierung",
    );
    expect(code("schritt", "Ich gehe zum Ein-Euro-Job jeden Vormittag.").area).toBe("qualifizierung");
    expect(code("unterstuetzung", "Angebot einer Arbeitsgelegenheit nach § 16d SGB II.").area).toBe(
      "foerderung",
    );
    expect(code("unterstuetzung", "AGH-Platz bei der Kleiderkammer ab 01.06.").area).toBe("foerderung");
    expect(code("unterstuetzung", "MAG bei der Gärtnerei Blum für 2 Wochen.").area).toBe("foerderung");
    expect(code("schritt", "Kd. bringt BewA zum nächsten Gespräch mit.")).toEqual({
      area: "arbeit",
      specific: true,
    });
  });

  it("weighs the action above time, place and topic phrases", () => {
    expect(code("schritt", "Nach dem Integrationskurs sucht Frau K. eine Stelle als Verkäuferin.")).toEqual({
      area: "arbeit",
      specific: false,
    });
    expect(code("schritt", "In der Klinik übt Frau I. das Schreiben von Bewerbungen.").area).toBe("arbeit");
    expect(code("schritt", "Neben der Arbeit im Minijob besucht Herr T. den Berufssprachkurs.").area).toBe(
      "sprache",
    );
    expect(code("unterstuetzung", "Nach dem Gutachten besprechen wir die nächsten Schritte.").area).toBe(
      "beratung",
    );
    expect(code("unterstuetzung", "Rücksprache mit dem Träger zum Stand der Maßnahme.").area).toBe(
      "beratung",
    );
  });

  it("reads AG as Arbeitgeber only where it is one, and a company form after a name", () => {
    expect(code("schritt", "Beim neuen AG die Probezeit bestehen.")).toEqual({
      area: "arbeit",
      specific: false,
    });
    expect(code("schritt", "Vorstellungstermin bei Stadtwerke Neustadt AG wahrnehmen.").specific).toBe(true);
  });

  it("does not take a language level, a household size or the person as concrete", () => {
    expect(code("schritt", "Ich besuche den Integrationskurs B1.").specific).toBe(false);
    expect(code("schritt", "Wir sind 5 Personen und suchen eine größere Wohnung.").specific).toBe(false);
    expect(code("schritt", "Ich brauche eine Wohnung, wir sind drei Personen.").specific).toBe(false);
    expect(code("schritt", "Trotz der Schulden nimmt Herr V. eine Arbeit als Fahrer auf.").specific).toBe(
      false,
    );
  });

  it("finds named firms, associations, programmes and places", () => {
    expect(code("schritt", "Probearbeiten bei Fa. Meier Gartenbau am Montag.").specific).toBe(true);
    expect(code("unterstuetzung", "Verweis an den Verein Wohnhilfe Neustadt.").specific).toBe(true);
    expect(code("schritt", "Ich gehe zur Schuldnerberatung vom Verein Hilfe im Alltag.").specific).toBe(true);
    expect(code("schritt", "Kur in Bad Elster antreten.").specific).toBe(true);
  });
});
