import { describe, expect, it } from "vitest";
import { abstimmen } from "../abstimmen";
import { buildPlanVersion } from "./buildPlanVersion";

const input = { am: "2026-11-26", kanal: "persoenlich" as const, expectedLockVersion: 3 };

describe("abstimmen (agree and hand over, § 15 Abs. 2 and 3 SGB II)", () => {
  it("agrees a draft, sets the review date to six months later and freezes it", () => {
    const result = abstimmen(buildPlanVersion(), input, "2026-11-26");
    expect(result).toMatchObject({
      ok: true,
      value: {
        status: "abgestimmt",
        abstimmung: { am: "2026-11-26", kanal: "persoenlich", ueberpruefungAm: "2027-05-26" },
        lockVersion: 4,
      },
    });
  });

  it("clamps the six months at the end of a shorter month (31.8. → 28.2.)", () => {
    const result = abstimmen(buildPlanVersion(), { ...input, am: "2026-08-31" }, "2026-11-26");
    expect(result.ok && result.value.abstimmung?.ueberpruefungAm).toBe("2027-02-28");
  });

  it("accepts an earlier review date and refuses one a day beyond six months", () => {
    expect(abstimmen(buildPlanVersion(), { ...input, ueberpruefungAm: "2027-02-01" }, "2026-11-26").ok).toBe(
      true,
    );
    expect(abstimmen(buildPlanVersion(), { ...input, ueberpruefungAm: "2027-05-26" }, "2026-11-26").ok).toBe(
      true,
    );
    expect(abstimmen(buildPlanVersion(), { ...input, ueberpruefungAm: "2027-05-27" }, "2026-11-26")).toEqual({
      ok: false,
      error: { code: "plan.ueberpruefung_zu_spaet", feld: "ueberpruefungAm" },
    });
  });

  it("refuses a review date on or before the day of agreement", () => {
    expect(
      abstimmen(buildPlanVersion(), { ...input, ueberpruefungAm: "2026-11-26" }, "2026-11-26"),
    ).toMatchObject({ ok: false, error: { code: "plan.ueberpruefung_zu_frueh" } });
  });

  it("requires the core content: a goal and at least one step (§ 15 Abs. 2 Satz 2)", () => {
    expect(abstimmen(buildPlanVersion({}, { berufsziel: " " }), input, "2026-11-26")).toMatchObject({
      ok: false,
      error: { code: "plan.ziel_fehlt" },
    });
    expect(abstimmen(buildPlanVersion({}, { schritte: [] }), input, "2026-11-26")).toMatchObject({
      ok: false,
      error: { code: "plan.schritt_fehlt" },
    });
  });

  it("refuses an agreed or replaced version, a stale lock version and a date in the future", () => {
    expect(abstimmen(buildPlanVersion({ status: "abgestimmt" }), input, "2026-11-26")).toMatchObject({
      ok: false,
      error: { code: "plan.nicht_entwurf" },
    });
    expect(abstimmen(buildPlanVersion({ status: "ersetzt" }), input, "2026-11-26")).toMatchObject({
      ok: false,
      error: { code: "plan.nicht_entwurf" },
    });
    expect(abstimmen(buildPlanVersion(), { ...input, expectedLockVersion: 2 }, "2026-11-26")).toMatchObject({
      ok: false,
      error: { code: "plan.konflikt" },
    });
    expect(abstimmen(buildPlanVersion(), { ...input, am: "2026-11-27" }, "2026-11-26")).toMatchObject({
      ok: false,
      error: { code: "plan.abstimmung_in_zukunft" },
    });
  });

  it("records the law in force on the day of agreement", () => {
    const old = abstimmen(
      buildPlanVersion({ rechtsstand: "2026-07" }),
      { ...input, am: "2026-06-30" },
      "2026-11-26",
    );
    expect(old.ok && old.value.rechtsstand).toBe("2023-07");
  });
});
