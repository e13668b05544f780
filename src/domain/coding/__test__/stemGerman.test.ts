import { newStemmer } from "snowball-stemmers";
import { describe, expect, it } from "vitest";
import { foldGerman } from "../foldGerman";
import { stemGerman } from "../stemGerman";

const reference = newStemmer("german");
const WORDS = `Bewerbungen bewerbe beworben Wohnungen Kenntnisse Ergebnisses Freundlichkeit Möglichkeiten
  gesundheitlich Beendigung laufend ersten feststellst Verbindlichkeiten abschließend persönlich berufliche
  Kinderbetreuung Schuldnerberatung Integrationskurses Vorstellungsgespräche Eingliederungszuschüsse
  Weiterbildungen Ausbildungsreife Erwerbsfähigkeit Umschulungsmöglichkeiten Stellenangeboten Maßnahmen
  Tagesstruktur regelmäßig wöchentlich Arbeitgebern Rentenversicherung Heiligkeit bauest Ängste schlau`.split(
  /\s+/,
);

describe("stemGerman", () => {
  it("strips German inflection and derivation suffixes", () => {
    expect(stemGerman("bewerbungen")).toBe("bewerb");
    expect(stemGerman("wohnungen")).toBe("wohnung");
    expect(stemGerman("stellen")).toBe(stemGerman("stelle"));
  });

  it("agrees with the Snowball reference implementation on real and folded words", () => {
    for (const word of WORDS.map((w) => w.toLowerCase())) {
      expect(stemGerman(word), word).toBe(reference.stem(word));
      expect(stemGerman(foldGerman(word)), foldGerman(word)).toBe(reference.stem(foldGerman(word)));
    }
  });

  it("leaves short words alone", () => {
    expect(stemGerman("kur")).toBe("kur");
    expect(stemGerman("b1")).toBe("b1");
  });
});
