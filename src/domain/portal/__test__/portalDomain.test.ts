import { describe, expect, it } from "vitest";
import { PlanInhaltSchema } from "../../kooperationsplan/planInhalt";
import { formatAktivierungscode, normalizeAktivierungscode } from "../aktivierung";
import { SchrittMeldungSchema } from "../beteiligung";
import { findeBewerbungsZiel, zaehleBewerbungen, zeitraumVon } from "../bewerbungsZiel";
import {
  NACHWEIS_MAX_BYTES,
  beurteileInhalt,
  nachweisDateiname,
  pruefeNachweis,
  sichererAnzeigetext,
  sichererDateiname,
} from "../nachweis";
import { uebersetzeEintrag } from "../uebersetzeEintrag";
import { vorschlagUebernehmen } from "../vorschlagUebernehmen";

const inhalt = (haeufigkeit: string, text = "Ich bewerbe mich auf Stellen im Lager.") =>
  PlanInhaltSchema.parse({ schritte: [{ id: "s1", text, haeufigkeit }] });

describe("Bewerbungsziel", () => {
  it("reads the agreed number from the frequency or the text", () => {
    expect(findeBewerbungsZiel(inhalt("5 Bewerbungen im Monat"))).toEqual({
      schrittId: "s1",
      anzahl: 5,
      zeitraum: "monat",
    });
    expect(
      findeBewerbungsZiel(inhalt("", "Ich bewerbe mich jeden Monat auf 4 Stellen als Koch.")),
    ).toMatchObject({
      anzahl: 4,
    });
    expect(findeBewerbungsZiel(inhalt("2 Bewerbungen pro Woche"))?.zeitraum).toBe("woche");
    expect(findeBewerbungsZiel(inhalt("einmal", "Ich gehe zur Jobmesse."))).toBeNull();
  });

  it("counts the applications of the current month or week", () => {
    expect(zeitraumVon("2026-02-14", "monat")).toEqual({ von: "2026-02-01", bis: "2026-02-28" });
    expect(zeitraumVon("2026-11-26", "woche")).toEqual({ von: "2026-11-23", bis: "2026-11-29" });
    const ziel = { schrittId: "s1", anzahl: 5, zeitraum: "monat" as const };
    expect(zaehleBewerbungen(ziel, ["2026-11-02", "2026-11-26", "2026-10-31"], "2026-11-26")).toMatchObject({
      erfasst: 2,
      vereinbart: 5,
    });
  });
});

describe("Nachweis", () => {
  it("refuses empty, oversize and unknown content", () => {
    expect(pruefeNachweis(0, "application/pdf")).toEqual({ ok: false, code: "portal.datei_leer" });
    expect(pruefeNachweis(NACHWEIS_MAX_BYTES + 1, "application/pdf")).toEqual({
      ok: false,
      code: "portal.datei_zu_gross",
    });
    expect(pruefeNachweis(100, "application/x-msdownload")).toEqual({ ok: false, code: "portal.dateityp" });
    expect(pruefeNachweis(100, null)).toEqual({ ok: false, code: "portal.dateityp" });
    expect(pruefeNachweis(100, "image/png")).toEqual({ ok: true, typ: "image/png" });
  });

  it("keeps only a safe file name", () => {
    expect(sichererDateiname("C:\\x\\..\\bewerbung<1>.pdf")).toBe("bewerbung1.pdf");
    expect(sichererDateiname("")).toBe("nachweis");
    expect(sichererDateiname("rechnung\u202Efdp.exe")).toBe("rechnungfdp.exe");
  });

  it("derives the stored name from type and day, and strips bidi overrides and controls from texts", () => {
    expect(nachweisDateiname("application/pdf", "2026-11-26")).toBe("Nachweis-2026-11-26.pdf");
    expect(nachweisDateiname("image/jpeg", "2026-11-26")).toBe("Nachweis-2026-11-26.jpg");
    expect(sichererAnzeigetext("a\u202Eb\u2067c\u200Bd\u0000e\u0085f")).toBe("abcdef");
    expect(sichererAnzeigetext("مرحبا Ärger")).toBe("مرحبا Ärger");
  });

  it("finds active PDF names, also #-escaped, and markup anywhere; ignores look-alike names", () => {
    const pdf = (...pdfObjekte: string[]) => ({ text: "%PDF-1.7", pdfObjekte, pdfUnlesbar: false });
    expect(beurteileInhalt("application/pdf", pdf("<</S/JavaScript/JS(x)>>"))).toBe("aktiv");
    expect(beurteileInhalt("application/pdf", pdf("<</S/L#61unch>>"))).toBe("aktiv");
    expect(beurteileInhalt("application/pdf", pdf("<</Type/EmbeddedFile>>"))).toBe("aktiv");
    expect(beurteileInhalt("application/pdf", pdf("<</Font<</JS0 5 0 R>>/JSON 1>>"))).toBe("sauber");
    expect(beurteileInhalt("application/pdf", { ...pdf(), pdfUnlesbar: true })).toBe("aktiv");
    expect(
      beurteileInhalt("image/png", { text: "\x89PNG<svg onload=x>", pdfObjekte: [], pdfUnlesbar: false }),
    ).toBe("aktiv");
    expect(pruefeNachweis(10, "application/pdf", "aktiv")).toEqual({ ok: false, code: "portal.datei_aktiv" });
  });
});

describe("Aktivierungscode", () => {
  it("accepts the printed form", () => {
    expect(normalizeAktivierungscode(" abcd-efgh jkmn ")).toBe("ABCDEFGHJKMN");
    expect(formatAktivierungscode("ABCDEFGHJKMN")).toBe("ABCD-EFGH-JKMN");
  });
});

describe("Schritt melden", () => {
  it("needs a reason for a problem", () => {
    expect(SchrittMeldungSchema.safeParse({ eintragId: "s1", status: "problem", grund: "" }).success).toBe(
      false,
    );
    expect(SchrittMeldungSchema.safeParse({ eintragId: "s1", status: "erledigt" }).success).toBe(true);
  });
});

describe("Vorschlag übernehmen", () => {
  const basis = inhalt("5 Bewerbungen im Monat");
  it("appends a step, replaces the goal, adds a comment", () => {
    expect(
      vorschlagUebernehmen(basis, { art: "schritt", text: "Ich mache einen Erste-Hilfe-Kurs." }, "n1")
        .schritte,
    ).toHaveLength(2);
    expect(vorschlagUebernehmen(basis, { art: "ziel", text: "Ich werde Koch." }, "n1").berufsziel).toBe(
      "Ich werde Koch.",
    );
    expect(
      vorschlagUebernehmen(basis, { art: "kommentar", text: "Bitte Termine vormittags." }, "n1")
        .wasSonstNochWichtig,
    ).toBe("Bitte Termine vormittags.");
  });
});

describe("Einträge aus dem Katalog übersetzen", () => {
  it("translates a filled template and keeps the values", () => {
    expect(uebersetzeEintrag("Ich bewerbe mich jeden Monat auf 5 Stellen als Lagerhelfer.", "en")).toBe(
      "Every month I apply for 5 jobs as Lagerhelfer.",
    );
  });
  it("returns null for free text", () => {
    expect(uebersetzeEintrag("Ich kümmere mich um meinen Garten.", "en")).toBeNull();
  });
});
