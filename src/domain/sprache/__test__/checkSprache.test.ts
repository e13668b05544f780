import { describe, expect, it } from "vitest";
import { checkSprache } from "../checkSprache";
import { MAX_WOERTER_PRO_SATZ } from "../satzlaenge";
import { suggestTrennung } from "../wortlaenge";

const EINFACH =
  "Ich suche Arbeit als Koch. Ich schreibe jede Woche drei Bewerbungen. Ich bringe die Liste mit.";
const AMTLICH =
  "Die erwerbsfähige leistungsberechtigte Person verpflichtet sich zur Durchführung einer " +
  "Eingliederungsmaßnahme zwecks Verbesserung ihrer Vermittlungsaussichten. Die Nachweisführung " +
  "hinsichtlich der Eigenbemühungen hat gemäß der Eingliederungsvereinbarung unverzüglich zu erfolgen.";

describe("checkSprache", () => {
  it("rates a simple text leicht and a bureaucratic text schwer", () => {
    const einfach = checkSprache(EINFACH);
    const amtlich = checkSprache(AMTLICH);
    expect(einfach.lesbarkeit?.stufe).toBe("leicht");
    expect(amtlich.lesbarkeit?.stufe).toBe("schwer");
    expect(einfach.lesbarkeit?.score ?? 0).toBeGreaterThan((amtlich.lesbarkeit?.score ?? 100) + 30);
  });

  it("counts sentences, words and syllables", () => {
    expect(checkSprache("Ich gehe zum Amt. Das ist gut.").statistik).toEqual({
      saetze: 2,
      woerter: 7,
      buchstabenWoerter: 7,
      silben: 8,
    });
  });

  it(`flags sentences with more than ${MAX_WOERTER_PRO_SATZ} words only`, () => {
    const sixteen =
      "Ich gehe am Montag und am Dienstag und am Mittwoch mit meiner Tochter zum Arzt in Neustadt.";
    const fifteen = "Ich gehe am Montag und am Dienstag und am Mittwoch mit meiner Tochter zum Arzt.";
    expect(checkSprache(sixteen).anzahlNachCode.langer_satz).toBe(1);
    expect(checkSprache(fifteen).anzahlNachCode.langer_satz).toBeUndefined();
  });

  it("flags long words by letters or syllables and suggests a hyphen at a joint", () => {
    const text = "Ich gehe zum Vorstellungsgespräch.";
    const h = checkSprache(text).hinweise.find((x) => x.code === "langes_wort");
    expect(h && text.slice(h.start, h.end)).toBe("Vorstellungsgespräch");
    expect(h?.suggestion).toContain("Vorstellungs-Gespräch");
    expect(checkSprache("Ich gehe zur Arbeit.").anzahlNachCode.langes_wort).toBeUndefined();
    expect(checkSprache("Ich gehe zum Bewerbungs-Training.").anzahlNachCode.langes_wort).toBeUndefined();
    expect(suggestTrennung("Haus")).toBeNull();
  });

  it("flags nominal style with three -ung nouns in one sentence", () => {
    expect(checkSprache("Zur Durchführung der Beantragung der Förderung.").anzahlNachCode.nominalstil).toBe(
      1,
    );
    expect(checkSprache("Ich beantrage eine Förderung.").anzahlNachCode.nominalstil).toBeUndefined();
  });

  it("returns spans inside the text, sorted", () => {
    const { hinweise } = checkSprache(AMTLICH);
    expect(hinweise.length).toBeGreaterThan(5);
    for (const h of hinweise) expect(h.end).toBeLessThanOrEqual(AMTLICH.length);
    expect(hinweise.map((h) => h.start)).toEqual([...hinweise.map((h) => h.start)].sort((a, b) => a - b));
  });

  it("handles empty text", () => {
    expect(checkSprache("").lesbarkeit).toBeNull();
    expect(checkSprache("").hinweise).toEqual([]);
  });

  it("returns the same result object for the same text (memoised)", () => {
    expect(checkSprache(EINFACH)).toBe(checkSprache(EINFACH));
  });
});
