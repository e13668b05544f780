import { describe, expect, it } from "vitest";
import { PORTAL_FEHLER_CODES } from "../../../domain/portal/fehlerCodes";
import { SPRACHEN } from "../../../domain/portal/portalSprache";
import { PORTAL_TEXTE } from "../translations";

/** All key paths of a dictionary; arrays count by length, functions as leaves. */
function schluessel(wert: unknown, pfad = ""): string[] {
  if (Array.isArray(wert)) return [`${pfad}[${wert.length}]`];
  if (wert && typeof wert === "object")
    return Object.entries(wert).flatMap(([k, v]) => schluessel(v, pfad ? `${pfad}.${k}` : k));
  return [pfad];
}

describe("portal dictionaries", () => {
  const deutsch = schluessel(PORTAL_TEXTE.de).sort();

  it.each(SPRACHEN.filter((s) => s !== "de"))("%s has exactly the German keys", (sprache) => {
    expect(schluessel(PORTAL_TEXTE[sprache]).sort()).toEqual(deutsch);
  });

  it.each(SPRACHEN)("%s has no empty text and a text for every error code", (sprache) => {
    const texte = PORTAL_TEXTE[sprache];
    for (const code of PORTAL_FEHLER_CODES) expect(texte.fehler.codes[code], code).toBeTruthy();
    const leer = schluessel(texte).filter((k) => {
      const wert = k
        .split(".")
        .reduce<unknown>((o, t) => (o as Record<string, unknown>)?.[t.replace(/\[\d+\]$/, "")], texte);
      return typeof wert === "string" && wert.trim() === "";
    });
    expect(leer).toEqual([]);
  });

  it("functions produce text in every language", () => {
    for (const sprache of SPRACHEN) {
      expect(PORTAL_TEXTE[sprache].bewerbungen.stand(2, 5)).toMatch(/2/);
      expect(PORTAL_TEXTE[sprache].plan.version(3)).toMatch(/3/);
    }
  });
});
