import { describe, expect, it } from "vitest";
import { applyRegelOverrides } from "../applyRegelOverrides";
import { beurteileRechtsfolge } from "../beurteileRechtsfolge";
import { REGEL_DEFAULTS } from "../regelDefaults";
import { REGEL_PARAMETER } from "../regelParameter";
import { RechtsfolgenFallSchema } from "../rechtsfolgenFall";
import { buildFall } from "./fallFactory";

const config = (overrides: unknown) => {
  const r = applyRegelOverrides(REGEL_DEFAULTS, overrides);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe("applyRegelOverrides", () => {
  it("übernimmt eine gültige Korrektur einer S-Regel und lässt den Rest unverändert", () => {
    const c = config({ grundsicherungsgeld2026: { pflichtverletzungProzent: 25 } });
    expect(c.grundsicherungsgeld2026.pflichtverletzungProzent).toBe(25);
    expect(c.grundsicherungsgeld2026.pflichtverletzungMonate).toBe(3);
    expect(c.buergergeld2023).toEqual(REGEL_DEFAULTS.buergergeld2023);
  });

  it("verweigert die Änderung einer am Gesetzestext geprüften Regel (V)", () => {
    const r = applyRegelOverrides(REGEL_DEFAULTS, { buergergeld2023: { kappungProzent: 40 } });
    expect(r).toEqual({
      ok: false,
      error: [expect.objectContaining({ feld: "buergergeld2023.kappungProzent", code: "verifiziert" })],
    });
  });

  it("meldet unbekannte Bereiche und Parameter und ungültige Werte mit Feldnamen", () => {
    const r = applyRegelOverrides(REGEL_DEFAULTS, { foo: {}, grundsicherungsgeld2026: { bar: 1 } });
    expect(r.ok ? [] : r.error.map((f) => [f.feld, f.code])).toEqual([
      ["foo", "unbekannt"],
      ["grundsicherungsgeld2026.bar", "unbekannt"],
    ]);
    const w = applyRegelOverrides(REGEL_DEFAULTS, {
      grundsicherungsgeld2026: { pflichtverletzungProzent: 130 },
    });
    expect(w).toEqual({
      ok: false,
      error: [
        {
          feld: "grundsicherungsgeld2026.pflichtverletzungProzent",
          code: "ungueltig",
          meldung: "Erwartet eine ganze Zahl von 0 bis 100.",
        },
      ],
    });
    expect(applyRegelOverrides(REGEL_DEFAULTS, null).ok).toBe(false);
  });

  it("kennzeichnet jeden Parameter mit Norm und V/S/U", () => {
    for (const bereich of Object.values(REGEL_PARAMETER))
      for (const info of Object.values(bereich)) {
        expect(info.norm).toMatch(/^§ /);
        expect(["V", "S", "U"]).toContain(info.tag);
      }
  });

  it("§ 15a Abs. 3 SGB II [U]: mit Korrektur sperrt die Schlichtung auch die Minderung nach § 32", () => {
    const fall = RechtsfolgenFallSchema.parse(
      buildFall({ event: "meldeversaeumnis", schlichtungLaeuft: true }),
    );
    const c = config({ buergergeld2023: { schlichtungSperrtMeldeversaeumnis: true } });
    expect(beurteileRechtsfolge(fall, c)).toMatchObject({
      minderung: false,
      normen: ["§ 15a Abs. 3 SGB II"],
    });
  });

  it("§ 31a SGB II n. F. [S]: korrigierter Satz wirkt auf das Ergebnis", () => {
    const fall = RechtsfolgenFallSchema.parse(buildFall({ date: "2026-07-01", feststellung: "2026-07-10" }));
    const c = config({
      grundsicherungsgeld2026: { pflichtverletzungProzent: 25, aufhebungBeiErfuellung: false },
    });
    expect(beurteileRechtsfolge(fall, c)).toMatchObject({ prozent: 25, monate: 3 });
  });
});
