import { describe, expect, it } from "vitest";
import { EreignisInputSchema } from "../ereignis";
import { pruefeEreignis } from "../pruefeEreignis";

const eingabe = (felder: Record<string, unknown>) =>
  EreignisInputSchema.parse({ art: "pflichtverletzung", rechtsfolgenbelehrung: true, ...felder });
const brief = { frist: "2026-10-15" };
const HEUTE = "2026-11-26";

describe("pruefeEreignis (no breach before it can happen, § 31 Abs. 1 SGB II)", () => {
  it("refuses a breach dated before the deadline of its letter, at the date field", () => {
    expect(pruefeEreignis(eingabe({ datum: "2026-10-14" }), brief, HEUTE)).toEqual({
      ok: false,
      error: { code: "rechtsfolgen.ereignis_vor_frist", feld: "datum" },
    });
  });

  it("accepts a breach on or after the deadline, and one without a letter or deadline", () => {
    expect(pruefeEreignis(eingabe({ datum: "2026-10-15" }), brief, HEUTE).ok).toBe(true);
    expect(pruefeEreignis(eingabe({ datum: "2026-10-16" }), brief, HEUTE).ok).toBe(true);
    expect(pruefeEreignis(eingabe({ datum: "2026-10-01" }), null, HEUTE).ok).toBe(true);
    expect(pruefeEreignis(eingabe({ datum: "2026-10-01" }), { frist: null }, HEUTE).ok).toBe(true);
  });

  it("accepts a refusal declared before the deadline: the event is dated on the day of the declaration", () => {
    expect(pruefeEreignis(eingabe({ datum: "2026-09-20", weigerungErklaert: true }), brief, HEUTE).ok).toBe(
      true,
    );
  });

  it("knows a declared refusal only for a Pflichtverletzung", () => {
    for (const art of ["meldeversaeumnis", "arbeitsverweigerung"])
      expect(
        pruefeEreignis(eingabe({ art, datum: "2026-10-20", weigerungErklaert: true }), brief, HEUTE),
      ).toEqual({
        ok: false,
        error: { code: "rechtsfolgen.weigerung_nur_pflichtverletzung", feld: "weigerungErklaert" },
      });
  });

  it("still refuses a date in the future, refusal or not", () => {
    expect(pruefeEreignis(eingabe({ datum: "2026-11-27", weigerungErklaert: true }), brief, HEUTE).ok).toBe(
      false,
    );
  });

  it("defaults to no declared refusal", () => {
    expect(eingabe({ datum: "2026-10-20" }).weigerungErklaert).toBe(false);
  });
});
