import { describe, expect, it } from "vitest";
import { applyEditorAktion, parseEditorAktion } from "../editorAktion";
import { fallStatus } from "../fallStatus";
import { PlanInhaltSchema } from "../planInhalt";

const inhalt = PlanInhaltSchema.parse({
  schritte: ["a", "b", "c"].map((id) => ({ id, text: `Schritt ${id}` })),
});
const ids = (i: typeof inhalt) => i.schritte.map((s) => s.id);

describe("editor actions without JavaScript", () => {
  it("parses the button values and refuses unknown ones", () => {
    expect(parseEditorAktion(undefined)).toEqual({ typ: "speichern" });
    expect(parseEditorAktion("hinzufuegen:schritte")).toEqual({ typ: "hinzufuegen", bereich: "schritte" });
    expect(parseEditorAktion("hoch:unterstuetzung:x1")).toEqual({
      typ: "hoch",
      bereich: "unterstuetzung",
      id: "x1",
    });
    expect(parseEditorAktion("loeschen:alles")).toBeNull();
    expect(parseEditorAktion("hoch:berufsziel:x")).toBeNull();
  });

  it("moves an item up and down, stays put at the edges, and removes it", () => {
    expect(ids(applyEditorAktion(inhalt, { typ: "hoch", bereich: "schritte", id: "b" }))).toEqual([
      "b",
      "a",
      "c",
    ]);
    expect(ids(applyEditorAktion(inhalt, { typ: "runter", bereich: "schritte", id: "b" }))).toEqual([
      "a",
      "c",
      "b",
    ]);
    expect(ids(applyEditorAktion(inhalt, { typ: "hoch", bereich: "schritte", id: "a" }))).toEqual([
      "a",
      "b",
      "c",
    ]);
    expect(ids(applyEditorAktion(inhalt, { typ: "entfernen", bereich: "schritte", id: "c" }))).toEqual([
      "a",
      "b",
    ]);
  });
});

describe("caseload status", () => {
  it("distinguishes no plan, draft, current, due within 14 days and overdue", () => {
    const heute = "2026-11-26";
    expect(fallStatus({ hatEntwurf: false, aktuelleUeberpruefungAm: null }, heute)).toBe("kein_plan");
    expect(fallStatus({ hatEntwurf: true, aktuelleUeberpruefungAm: null }, heute)).toBe("entwurf");
    expect(fallStatus({ hatEntwurf: false, aktuelleUeberpruefungAm: "2026-12-11" }, heute)).toBe("aktuell");
    expect(fallStatus({ hatEntwurf: true, aktuelleUeberpruefungAm: "2026-12-10" }, heute)).toBe("faellig");
    // a begun review of a current plan is a draft too (issue 12)
    expect(fallStatus({ hatEntwurf: true, aktuelleUeberpruefungAm: "2027-03-01" }, heute)).toBe("entwurf");
    expect(fallStatus({ hatEntwurf: false, aktuelleUeberpruefungAm: "2026-11-26" }, heute)).toBe("faellig");
    expect(fallStatus({ hatEntwurf: false, aktuelleUeberpruefungAm: "2026-11-25" }, heute)).toBe(
      "ueberfaellig",
    );
  });
});
