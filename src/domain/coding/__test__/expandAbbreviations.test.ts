import { describe, expect, it } from "vitest";
import { expandAbbreviations } from "../expandAbbreviations";

const expand = (text: string): string => expandAbbreviations(text).text;

describe("expandAbbreviations", () => {
  it("expands jobcentre abbreviations, also inside hyphenated compounds", () => {
    expect(expand("Termin beim ÄD")).toBe("Termin beim Ärztlicher Dienst");
    expect(expand("ÄD-Gutachten liegt vor")).toBe("Ärztlicher Dienst-Gutachten liegt vor");
    expect(expand("AVGS und BGS")).toBe("Aktivierungs- und Vermittlungsgutschein und Bildungsgutschein");
    expect(expand("EGZ für 6 Monate")).toBe("Eingliederungszuschuss für 6 Monate");
    expect(expand("Job-BSK B2")).toBe("Berufssprachkurs B2");
    expect(expand("KdU senken")).toBe("Kosten der Unterkunft senken");
  });

  it("matches upper-case abbreviations only in upper case", () => {
    expect(expand("IK-Modul 4")).toBe("Integrationskurs-Modul 4");
    expect(expand("ik bin da")).toBe("ik bin da");
    expect(expand("BG mit zwei Personen")).toBe("Bedarfsgemeinschaft mit zwei Personen");
  });

  it("does not expand inside longer words", () => {
    expect(expand("MATHEMATIK und PDF")).toBe("MATHEMATIK und PDF");
    expect(expand("Jobcenter")).toBe("Jobcenter");
  });

  it("expands abbreviated units and quantifiers", () => {
    expect(expand("mind. 5 Bewerbungen, 20 Std./Woche")).toBe("mindestens 5 Bewerbungen, 20 Stunden/Woche");
  });

  it("reports which abbreviations were expanded, but not the units", () => {
    expect(expandAbbreviations("mind. 3 VVs vom AGS").expanded).toEqual([
      "VVs→Vermittlungsvorschläge",
      "AGS→Arbeitgeberservice",
    ]);
  });
});
