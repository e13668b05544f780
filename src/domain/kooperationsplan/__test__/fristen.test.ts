import { describe, expect, it } from "vitest";
import { abstimmen } from "../abstimmen";
import { abgelaufeneFristen, applyFristAktion, parseFristAktion, verlaengerteFrist } from "../fristen";
import { buildPlanVersion } from "./buildPlanVersion";

/** A Fortschreibung agreed on 03.12.2026 that still carries "bis 09.07.2026" (issue 9). */
const version = buildPlanVersion(
  {},
  {
    schritte: [
      { id: "s1", text: "Ich bewerbe mich bei 3 Restaurants.", frist: "2026-07-09" },
      { id: "s2", text: "Ich gehe zur Jobmesse.", frist: "2026-12-03" },
      { id: "s3", text: "Ich mache den Staplerschein.", frist: "2026-09-30" },
      { id: "s4", text: "Ich lerne Deutsch.", frist: null },
    ],
  },
);
const input = { am: "2026-12-03", kanal: "persoenlich" as const, expectedLockVersion: 3 };

describe("stale deadlines at agreement (issue 9: a review does not hand over stale deadlines)", () => {
  it("lists every step whose deadline lies before the agreement date, not the one due that day", () => {
    expect(abgelaufeneFristen(version.inhalt, "2026-12-03").map((a) => [a.index, a.schritt.id])).toEqual([
      [0, "s1"],
      [2, "s3"],
    ]);
  });

  it("blocks agreement at the first stale step and allows it once each is renewed or done", () => {
    expect(abstimmen(version, input, "2026-12-03")).toEqual({
      ok: false,
      error: { code: "plan.frist_abgelaufen", feld: "schritte.0.frist" },
    });
    const renewed = applyFristAktion(version.inhalt, { typ: "verlaengern", id: "s1" }, "2026-12-03");
    expect(abstimmen({ ...version, inhalt: renewed }, input, "2026-12-03")).toMatchObject({
      ok: false,
      error: { feld: "schritte.2.frist" },
    });
    const done = applyFristAktion(renewed, { typ: "erledigt", id: "s3" }, "2026-12-03");
    expect(done.schritte.map((s) => [s.id, s.frist])).toEqual([
      ["s1", "2027-01-09"],
      ["s2", "2026-12-03"],
      ["s4", null],
    ]);
    expect(abstimmen({ ...version, inhalt: done }, input, "2026-12-03").ok).toBe(true);
  });

  it("renews all stale deadlines by six months in one action and leaves the others alone", () => {
    const all = applyFristAktion(version.inhalt, { typ: "alle" }, "2026-12-03");
    expect(all.schritte.map((s) => s.frist)).toEqual(["2027-01-09", "2026-12-03", "2027-03-30", null]);
  });

  it("renews in six-month steps until the deadline no longer lies before the agreement date", () => {
    expect(verlaengerteFrist("2025-01-31", "2026-12-03")).toBe("2027-01-31");
    expect(verlaengerteFrist("2026-08-31", "2026-12-03")).toBe("2027-02-28");
  });

  it("does not touch a step whose deadline is not stale, even when asked", () => {
    const same = applyFristAktion(version.inhalt, { typ: "erledigt", id: "s2" }, "2026-12-03");
    expect(same.schritte).toHaveLength(4);
  });

  it("reads only the three button values", () => {
    expect(parseFristAktion("frist:verlaengern:s1")).toEqual({ typ: "verlaengern", id: "s1" });
    expect(parseFristAktion("frist:erledigt:s1")).toEqual({ typ: "erledigt", id: "s1" });
    expect(parseFristAktion("frist:alle")).toEqual({ typ: "alle" });
    expect(parseFristAktion("frist:loeschen:s1")).toBeNull();
    expect(parseFristAktion("speichern")).toBeNull();
  });
});
