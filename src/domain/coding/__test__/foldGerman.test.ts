import { describe, expect, it } from "vitest";
import { foldGerman } from "../foldGerman";

describe("foldGerman", () => {
  it("lower-cases and spells out umlauts and ß", () => {
    expect(foldGerman("Ärztliche Prüfung für Großeltern")).toBe("aerztliche pruefung fuer grosseltern");
  });

  it("drops other accents and unifies quotes and dashes", () => {
    expect(foldGerman("Sprachcafé „Treff“ – 14–16 Uhr")).toBe('sprachcafe "treff" - 14-16 uhr');
  });

  it("keeps punctuation of dates and collapses whitespace", () => {
    expect(foldGerman("bis  15.03.\tvorlegen")).toBe("bis 15.03. vorlegen");
  });

  it("leaves already folded text unchanged", () => {
    expect(foldGerman("wohnung suchen")).toBe("wohnung suchen");
  });
});
