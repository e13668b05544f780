import { describe, expect, it } from "vitest";
import { codeEntry, type Area } from "../../coding";
import { UNTERSTUETZUNG_AREAS, ZIEL_AREAS } from "../../coding/areas";
import { PlanInhaltSchema } from "../../kooperationsplan/planInhalt";
import { type AreaOf } from "../areaOf";
import { UNTERSTUETZUNG_BEREICHE, ZIEL_BEREICHE } from "../bereiche";
import { checkVollstaendigkeit } from "../vollstaendigkeit";

describe("area codes shared with the entry coder", () => {
  it("are the same literals as in domain/coding", () => {
    expect([...ZIEL_BEREICHE]).toEqual([...ZIEL_AREAS]);
    expect([...UNTERSTUETZUNG_BEREICHE]).toEqual([...UNTERSTUETZUNG_AREAS]);
  });

  it("plug together: the coder as areaOf clears the language hint", () => {
    const areaOf: AreaOf = (eintrag, art): Area => codeEntry({ kind: art, text: eintrag.text }).area;
    const inhalt = PlanInhaltSchema.parse({
      schritte: [{ id: "s1", text: "Ich melde mich bis 30.04. für den Integrationskurs an." }],
    });
    const pa = { sprachniveauDeutsch: "A1", gesundheitlicheEinschraenkung: false } as const;
    const codes = checkVollstaendigkeit(inhalt, { potenzialanalyse: pa, areaOf }).map((h) => h.code);
    expect(codes).not.toContain("sprachkurs_pruefen");
  });
});
