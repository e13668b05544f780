import { describe, expect, it } from "vitest";
import { applyFristAktion } from "../fristen";
import { PlanInhaltSchema } from "../planInhalt";
import { applyUeberpruefung, hatAenderungen, ueberpruefungsFormAus } from "../ueberpruefungsWahl";

/** A plan agreed on 26.11.2026, reviewed on 20.05.2027: s2's deadline (15.12.2026) has passed. */
const inhalt = PlanInhaltSchema.parse({
  berufsziel: "Fachkraft Lagerlogistik",
  zwischenziele: [{ id: "z1", text: "Staplerschein machen" }],
  schritte: [
    { id: "s1", text: "Ich bewerbe mich 5-mal im Monat.", frist: "2027-07-31" },
    { id: "s2", text: "Ich melde mich zum Staplerkurs an.", frist: "2026-12-15" },
    { id: "s3", text: "Ich gehe zur Jobmesse.", frist: null },
  ],
  andereStellen: [{ id: "a1", text: "Schuldnerberatung der Caritas" }],
});
const heute = "2027-05-20";

const form = (werte: Record<string, string>) => {
  const parsed = ueberpruefungsFormAus({ basis: "1", ...werte });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
};

describe("the review with one choice per entry (issue 12, § 15 Abs. 3 Satz 2 SGB II)", () => {
  it("keeps every entry by default and renews the passed deadline as the unchanged review does", () => {
    const r = applyUeberpruefung(inhalt, form({}), heute);
    expect(r.ok && r.value.inhalt.schritte.map((s) => [s.id, s.text, s.frist])).toEqual([
      ["s1", "Ich bewerbe mich 5-mal im Monat.", "2027-07-31"],
      ["s2", "Ich melde mich zum Staplerkurs an.", "2027-06-15"],
      ["s3", "Ich gehe zur Jobmesse.", null],
    ]);
    expect(r.ok && r.value.bilanz).toEqual({
      geaendert: 0,
      neueFrist: 0,
      verlaengert: 1,
      erledigt: [],
      entfernt: [],
    });
    expect(hatAenderungen(inhalt, form({ "text.schritte.s1": "Ich bewerbe mich 5-mal im Monat." }))).toBe(
      false,
    );
  });

  it("changes a text inline, and an edited text on a kept entry counts as a change", () => {
    const f = form({
      "wahl.schritte.s1": "aendern",
      "text.schritte.s1": "Ich bewerbe mich 8-mal im Monat.",
      "text.zwischenziele.z1": "Staplerschein bestanden, Kran als Nächstes",
    });
    expect(hatAenderungen(inhalt, f)).toBe(true);
    const r = applyUeberpruefung(inhalt, f, heute);
    expect(r.ok && r.value.inhalt.schritte[0]).toMatchObject({
      id: "s1",
      text: "Ich bewerbe mich 8-mal im Monat.",
    });
    expect(r.ok && r.value.inhalt.zwischenziele[0]?.text).toBe("Staplerschein bestanden, Kran als Nächstes");
    expect(r.ok && r.value.bilanz.geaendert).toBe(2);
  });

  it("drops done and removed entries from the next version, like 'als erledigt markieren' of a stale deadline", () => {
    const f = form({ "wahl.schritte.s2": "erledigt", "wahl.andereStellen.a1": "entfernen" });
    const r = applyUeberpruefung(inhalt, f, heute);
    expect(r.ok && r.value.inhalt.schritte.map((s) => s.id)).toEqual(["s1", "s3"]);
    expect(r.ok && r.value.inhalt.andereStellen).toEqual([]);
    expect(r.ok && r.value.bilanz).toMatchObject({
      erledigt: ["schritte.s2"],
      entfernt: ["andereStellen.a1"],
    });
    // the same result as the stale-deadline rule's "done" for that step
    expect(r.ok && r.value.inhalt.schritte).toEqual(
      applyFristAktion(inhalt, { typ: "erledigt", id: "s2" }, heute).schritte,
    );
  });

  it("renews a deadline to the chosen date, also for a step without one", () => {
    const f = form({
      "wahl.schritte.s1": "frist",
      "frist.s1": "2027-11-30",
      "wahl.schritte.s3": "frist",
      "frist.s3": "2027-09-01",
    });
    const r = applyUeberpruefung(inhalt, f, heute);
    expect(r.ok && r.value.inhalt.schritte.map((s) => s.frist)).toEqual([
      "2027-11-30",
      "2027-06-15",
      "2027-09-01",
    ]);
    expect(r.ok && r.value.bilanz).toMatchObject({ neueFrist: 2, verlaengert: 1 });
  });

  it("refuses a renewed deadline before the review day at its field (no stale deadline in the plan in force)", () => {
    expect(
      applyUeberpruefung(inhalt, form({ "wahl.schritte.s1": "frist", "frist.s1": "2027-05-19" }), heute),
    ).toEqual({
      ok: false,
      error: { code: "plan.frist_abgelaufen", feld: "frist.s1" },
    });
    expect(applyUeberpruefung(inhalt, form({ "frist.s2": "2027-01-01" }), heute)).toMatchObject({
      error: { feld: "frist.s2" },
    });
  });

  it("rejects incomplete choices at their fields: a change without text, a deadline outside the steps, an unknown choice", () => {
    const paths = (werte: Record<string, string>) => {
      const r = ueberpruefungsFormAus({ basis: "1", ...werte });
      return r.success ? [] : r.error.issues.map((i) => [i.path.join("."), i.message]);
    };
    expect(paths({ "wahl.schritte.s1": "aendern", "text.schritte.s1": "  " })).toEqual([
      ["text.schritte.s1", "required"],
    ]);
    expect(paths({ "wahl.zwischenziele.z1": "frist" })).toEqual([["wahl.zwischenziele.z1", "choice"]]);
    expect(paths({ "wahl.schritte.s3": "frist" })).toEqual([["frist.s3", "date"]]);
    expect(paths({ "wahl.schritte.s1": "loeschen" })).toEqual([["wahl.schritte.s1", "choice"]]);
    expect(paths({ "frist.s1": "31.12.2027" })).toEqual([["frist.s1", "date"]]);
  });
});
