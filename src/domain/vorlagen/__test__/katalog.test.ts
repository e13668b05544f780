import { describe, expect, it } from "vitest";
import { ZIEL_BEREICHE } from "../../qualitaet/bereiche";
import { checkSprache } from "../../sprache/checkSprache";
import { findWoerter } from "../../sprache/woerter";
import { splitSaetze } from "../../sprache/saetze";
import { VORLAGEN } from "../katalog";
import { SPEZIFISCH_MARKER } from "../spezifisch";
import { PLATZHALTER } from "../vorlage";

const DIAGNOSEN =
  /depress|diabet|krebs|angststör|burn-?out|bandscheib|schizo|bipolar|adipos|epilep|asthma|rheuma|arthros|sucht|abhängig|alkohol|drogen|herzinfarkt|schlaganfall|trauma|ptbs|adhs/i;

const maxWoerterProSatz = (text: string) =>
  Math.max(...splitSaetze(text).map((s) => findWoerter(text, s).length));

describe("template catalogue", () => {
  it("has at least 60 templates with unique ids", () => {
    expect(VORLAGEN.length).toBeGreaterThanOrEqual(60);
    expect(new Set(VORLAGEN.map((v) => v.id)).size).toBe(VORLAGEN.length);
  });

  it("covers all six areas with goals and steps, and all three kinds", () => {
    for (const area of ZIEL_BEREICHE) {
      expect(VORLAGEN.filter((v) => v.area === area && v.kind === "schritt").length).toBeGreaterThanOrEqual(
        4,
      );
      expect(VORLAGEN.some((v) => v.area === area && v.kind === "ziel")).toBe(true);
    }
    expect(VORLAGEN.filter((v) => v.kind === "unterstuetzung").length).toBeGreaterThanOrEqual(15);
  });

  it("covers the support kinds of the offer catalogue", () => {
    const typen = new Set(VORLAGEN.map((v) => (v.kind === "unterstuetzung" ? v.angebotTyp : undefined)));
    for (const t of [
      "avgs",
      "bildungsgutschein",
      "bewerbungskosten",
      "fahrtkosten",
      "coaching",
      "massnahme",
    ]) {
      expect(typen).toContain(t);
    }
  });

  it.each(VORLAGEN.map((v) => [v.id, v] as const))("%s is specific, plain and well-formed", (_, v) => {
    expect(v.text).toMatch(SPEZIFISCH_MARKER);
    expect(maxWoerterProSatz(v.text)).toBeLessThanOrEqual(15);
    const codes = checkSprache(v.text).anzahlNachCode;
    expect(codes.passiv ?? 0).toBe(0);
    expect(codes.amtsdeutsch ?? 0).toBe(0);
    expect(codes.langer_satz ?? 0).toBe(0);
    if (v.kind === "unterstuetzung") expect(v.text).toMatch(/^(Das Jobcenter|Wir) /);
    else if (v.kind === "schritt") expect(v.text).toMatch(/^Ich /);
    else expect(v.text).toMatch(/\b(Ich|ich|Mein|mir)\b/);
    if (v.kind === "schritt") {
      expect(v.haeufigkeit).toBeTruthy();
      expect(v.nachweis).toBeTruthy();
    }
    for (const [, name] of v.text.matchAll(/\{(\w+)\}/g)) expect(PLATZHALTER).toContain(name);
  });

  it("has Leichte Sprache and English for every template, with short sentences", () => {
    for (const v of VORLAGEN) {
      const ls = v.uebersetzungen?.["de-LS"] ?? "";
      expect(ls, v.id).not.toBe("");
      expect(v.uebersetzungen?.en, v.id).toBeTruthy();
      expect(maxWoerterProSatz(ls), v.id).toBeLessThanOrEqual(15);
    }
  });

  it("never names a diagnosis in health or capacity templates", () => {
    const health = VORLAGEN.filter(
      (v) => v.area === "gesundheit" || v.area === "erwerbsfaehigkeit" || v.area === "pruefung",
    );
    expect(health.length).toBeGreaterThan(10);
    for (const v of health) {
      const all = [
        v.text,
        ...Object.values(v.uebersetzungen ?? {}),
        ...(v.kind !== "unterstuetzung" ? [v.nachweis ?? ""] : []),
      ];
      for (const t of all) expect(t, v.id).not.toMatch(DIAGNOSEN);
    }
  });
});
