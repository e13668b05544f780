import { describe, expect, it } from "vitest";
import { AMTSDEUTSCH_ANZAHL, checkAmtsdeutsch } from "../amtsdeutsch";

const found = (text: string) => checkAmtsdeutsch(text).map((h) => [text.slice(h.start, h.end), h.suggestion]);

describe("checkAmtsdeutsch", () => {
  it("has at least 40 entries", () => {
    expect(AMTSDEUTSCH_ANZAHL).toBeGreaterThanOrEqual(40);
  });

  it.each([
    ["Ziel ist die Eingliederung in Arbeit.", "Eingliederung", "Weg in Arbeit"],
    ["Nachweis der Eigenbemühungen", "Eigenbemühungen", "was Sie selbst tun"],
    ["Die Leistungsberechtigte nimmt teil.", "Leistungsberechtigte", "Sie"],
    ["Teilnahme an der Maßnahme", "Maßnahme", "Kurs"],
    ["Hinweis zur Mitwirkungspflicht", "Mitwirkungspflicht", "was Sie tun müssen"],
    ["Bitte unverzüglich melden.", "unverzüglich", "sofort"],
    ["Ich melde mich zeitnah.", "zeitnah", "bald"],
    ["gemäß § 15 SGB II", "gemäß", "nach"],
    ["Eine Prüfung seitens des Jobcenters", "seitens", "von"],
    ["Ich nehme die Beratung in Anspruch.", "in Anspruch", "nutzen"],
  ])("„%s“: finds „%s“ and suggests „%s“", (text, term, ersatz) => {
    const hits = found(text);
    expect(hits.map((h) => h[0])).toContainEqual(expect.stringContaining(term.split(" ")[0] ?? term));
    expect(hits.map((h) => h[1]).join(" ")).toContain(ersatz);
  });

  it("marks the whole compound and names the more specific term", () => {
    const text = "Der Maßnahmeträger meldet sich.";
    const [hit] = checkAmtsdeutsch(text);
    expect(hit && text.slice(hit.start, hit.end)).toBe("Maßnahmeträger");
    expect(hit?.suggestion).toContain("Anbieter");
  });

  it("finds nothing in plain text", () => {
    expect(checkAmtsdeutsch("Ich schreibe jede Woche 3 Bewerbungen und bringe die Liste mit.")).toEqual([]);
    expect(checkAmtsdeutsch("Das ist angemessen.")).toEqual([]);
  });
});
