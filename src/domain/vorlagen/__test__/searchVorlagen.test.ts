import { describe, expect, it } from "vitest";
import { normalisieren } from "../normalisieren";
import { searchVorlagen } from "../searchVorlagen";
import { ziel } from "../vorlage";

describe("searchVorlagen", () => {
  it("finds Bewerbung for the prefix „bewerb“", () => {
    const treffer = searchVorlagen("bewerb");
    expect(treffer.length).toBeGreaterThan(0);
    expect(treffer[0]?.vorlage.text).toMatch(/[Bb]ewerb/);
    expect(treffer.some((t) => /Bewerbung/.test(t.vorlage.text))).toBe(true);
  });

  it("finds Übersetzung for „ubersetz“ and „uebersetz“ (umlaut folding)", () => {
    for (const q of ["ubersetz", "uebersetz", "ÜBERSETZ"]) {
      const texts = searchVorlagen(q).map((t) => t.vorlage.text);
      expect(
        texts.some((t) => t.includes("Übersetzung")),
        q,
      ).toBe(true);
    }
  });

  it("folds ß and matches keywords such as AVGS", () => {
    expect(normalisieren("Maßnahme")).toBe("massnahme");
    expect(searchVorlagen("massnahme").map((t) => t.vorlage.id)).toContain("u-kurs-platz");
    expect(searchVorlagen("avgs")[0]?.vorlage.id).toBe("u-avgs");
  });

  it("needs every query word and ranks whole words above prefixes above compounds", () => {
    const katalog = [
      ziel("a", "arbeit", "Ich mache bis {datum} ein Kursprogramm.", { ls: "", en: "" }),
      ziel("b", "arbeit", "Ich mache bis {datum} einen Kurs.", { ls: "", en: "" }),
      ziel("c", "arbeit", "Ich mache bis {datum} Kursarbeit.", { ls: "", en: "" }),
      ziel("d", "arbeit", "Ich gehe bis {datum} zum Amt.", { ls: "", en: "" }),
    ];
    expect(searchVorlagen("kurs", {}, katalog).map((t) => t.vorlage.id)).toEqual(["b", "a", "c"]);
    expect(searchVorlagen("kurs amt", {}, katalog)).toEqual([]);
  });

  it("filters by kind and area; support templates match the goal areas they fit", () => {
    const schritte = searchVorlagen("", { kind: "schritt", area: "sprache" });
    expect(schritte.length).toBeGreaterThan(3);
    expect(schritte.every((t) => t.vorlage.kind === "schritt" && t.vorlage.area === "sprache")).toBe(true);
    const hilfe = searchVorlagen("", { kind: "unterstuetzung", area: "sprache" }).map((t) => t.vorlage.id);
    expect(hilfe).toContain("u-berufssprachkurs");
    expect(searchVorlagen("bewerb", { area: "gesundheit", kind: "schritt" })).toEqual([]);
  });
});
