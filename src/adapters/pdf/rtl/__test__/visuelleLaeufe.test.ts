import { describe, expect, it } from "vitest";
import { umbrechen } from "../umbrechen";
import { visuelleLaeufe } from "../visuelleLaeufe";

describe("visuelleLaeufe (right-to-left line order)", () => {
  it("puts Arabic words right to left and keeps dates and numbers in their own order", () => {
    const laeufe = visuelleLaeufe("سنراجع الخطة في موعد أقصاه 26.05.2027 مع 4 طلبات.");
    expect(laeufe.filter((l) => l !== " ")).toEqual([
      // The full stop belongs to the Arabic word; fontkit draws it at the word's left end.
      "طلبات.",
      "4",
      "مع",
      "26.05.2027",
      "أقصاه",
      "موعد",
      "في",
      "الخطة",
      "سنراجع",
    ]);
  });

  it("keeps a Latin name in reading order and mirrors the brackets around it", () => {
    const laeufe = visuelleLaeufe("الشخص المسؤول عنك (Katrin Hoffmann)").filter((l) => l !== " ");
    expect(laeufe).toEqual(["(", "Katrin", "Hoffmann", ")", "عنك", "المسؤول", "الشخص"]);
  });

  it("leaves a left-to-right line as it is", () => {
    expect(visuelleLaeufe("Version 2").join("")).toBe("Version 2");
  });
});

describe("umbrechen", () => {
  it("breaks at spaces before the line gets too wide and keeps explicit breaks", () => {
    const breite = (s: string) => s.length;
    expect(umbrechen("eins zwei drei vier", 9, breite)).toEqual(["eins zwei", "drei vier"]);
    expect(umbrechen("a\nb", 9, breite)).toEqual(["a", "b"]);
  });
});
