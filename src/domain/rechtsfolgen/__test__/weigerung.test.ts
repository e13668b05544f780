import { describe, expect, it } from "vitest";
import { beurteileZeile } from "../beurteileZeile";
import { buildFall } from "./fallFactory";

const aufforderung = {
  art: "aufforderung",
  datum: "2026-05-04",
  frist: "2026-05-31",
  rechtsfolgenbelehrung: true,
};
const zeile = (felder: Record<string, unknown>) =>
  beurteileZeile(
    JSON.stringify(
      buildFall({
        date: "2026-05-20",
        feststellung: "2026-06-10",
        rechtsfolgenbelehrung: undefined,
        ...felder,
      }),
    ),
    1,
  );

describe("engine input: a breach before the letter's deadline (§ 31 Abs. 1 Satz 1 Nr. 1 SGB II)", () => {
  it("is an invalid line naming the field, instead of a proposed reduction", () => {
    const r = zeile({ brief: aufforderung });
    expect(r.gueltig).toBe(false);
    expect(r.ausgabe).toMatchObject({
      error: expect.stringContaining('Feld "date": liegt vor Ablauf der Frist'),
    });
  });

  it("is judged when the person declared the refusal, by the law on the day of the declaration", () => {
    const alt = zeile({ brief: aufforderung, weigerungErklaert: true });
    expect(alt).toMatchObject({
      gueltig: true,
      ausgabe: { rechtsstand: "2023-07", minderung: true, prozent: 10 },
    });
    const neu = zeile({
      date: "2026-07-20",
      feststellung: "2026-08-10",
      brief: { ...aufforderung, art: "verpflichtung", datum: "2026-07-06", frist: "2026-08-31" },
      weigerungErklaert: true,
    });
    expect(neu).toMatchObject({ gueltig: true, ausgabe: { rechtsstand: "2026-07", minderung: true } });
  });

  it("accepts the breach on the deadline without a declaration", () => {
    expect(zeile({ date: "2026-05-31", brief: aufforderung }).gueltig).toBe(true);
  });

  it("refuses a declared refusal for a missed appointment", () => {
    const r = zeile({
      event: "meldeversaeumnis",
      brief: { ...aufforderung, art: "einladung", frist: "2026-05-20", rechtsfolgenbelehrung: true },
      weigerungErklaert: true,
    });
    expect(r.ausgabe).toMatchObject({ error: expect.stringContaining('Feld "weigerungErklaert"') });
  });
});
