import { describe, expect, it } from "vitest";
import { beurteileRechtsfolge } from "../beurteileRechtsfolge";
import { RechtsfolgenErgebnisSchema } from "../rechtsfolgenErgebnis";
import { RechtsfolgenFallSchema } from "../rechtsfolgenFall";
import { RECHTSFOLGEN_TABELLE } from "./rechtsfolgenTabelle";

describe("beurteileRechtsfolge", () => {
  it.each(RECHTSFOLGEN_TABELLE)("$name", ({ fall, erwartet, norm }) => {
    const ergebnis = beurteileRechtsfolge(RechtsfolgenFallSchema.parse(fall));
    expect(ergebnis).toMatchObject(erwartet);
    expect([...ergebnis.normen, ...ergebnis.fristen.map((f) => f.norm)]).toContain(norm);
    expect(RechtsfolgenErgebnisSchema.parse(ergebnis)).toEqual(ergebnis);
  });

  it.each(RECHTSFOLGEN_TABELLE)("gibt zu jedem Grund eine Norm und ein Kennzeichen an: $name", ({ fall }) => {
    const ergebnis = beurteileRechtsfolge(RechtsfolgenFallSchema.parse(fall));
    expect(ergebnis.gruende.length).toBeGreaterThan(0);
    expect(ergebnis.begruendung.map((b) => b.grund)).toEqual(ergebnis.gruende);
    for (const b of ergebnis.begruendung) {
      expect(b.norm).toMatch(/^§ /);
      expect(["V", "S", "U"]).toContain(b.tag);
    }
  });
});
