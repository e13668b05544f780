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
    const entwurf = buildPlanVersion({ erstelltAm: "2026-08-03T08:00:00.000Z" });
    const result = abstimmen(entwurf, { ...input, am: "2026-08-31" }, "2026-08-31");
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
      buildPlanVersion({ rechtsstand: "2026-07", erstelltAm: "2026-06-10T08:00:00.000Z" }),
      { ...input, am: "2026-06-30" },
      "2026-06-30",
    );
    expect(old.ok && old.value.rechtsstand).toBe("2023-07");
  });

  it("decides the law by the real agreement date: a plan agreed today is under today's law", () => {
    const entwurf = buildPlanVersion({ rechtsstand: "2023-07", erstelltAm: "2026-06-10T08:00:00.000Z" });
    const heute = abstimmen(entwurf, { ...input, am: "2026-07-01" }, "2026-07-01");
    expect(heute.ok && heute.value.rechtsstand).toBe("2026-07");
    // Back to the old law by back-dating the agreement 11 months: refused.
    expect(
      abstimmen(entwurf, { ...input, am: "2025-12-26", rueckdatierungGrund: "vergessen" }, "2026-11-26"),
    ).toMatchObject({ ok: false, error: { code: "plan.abstimmung_vor_entwurf", feld: "am" } });
  });
});

describe("agreement date (no back-dated agreement, ADR 0010)", () => {
  const entwurf = buildPlanVersion({ erstelltAm: "2026-10-01T08:00:00.000Z" });
  const am = (tag: string, grund?: string) =>
    abstimmen(
      entwurf,
      { ...input, am: tag, ...(grund === undefined ? {} : { rueckdatierungGrund: grund }) },
      "2026-11-26",
    );

  it("refuses a date before the draft was created, even with a reason", () => {
    expect(am("2026-09-30", "Nachtrag")).toMatchObject({
      ok: false,
      error: { code: "plan.abstimmung_vor_entwurf" },
    });
    expect(am("2026-10-01", "Nachtrag").ok).toBe(false); // 56 days back: beyond the limit
  });

  it("takes the draft's creation day in Berlin (23:30 UTC on 19.11. is 20.11. in Berlin)", () => {
    const spaet = buildPlanVersion({ erstelltAm: "2026-11-19T23:30:00.000Z" });
    const r = abstimmen(spaet, { ...input, am: "2026-11-20", rueckdatierungGrund: "Post" }, "2026-11-26");
    expect(r.ok).toBe(true);
    const davor = abstimmen(spaet, { ...input, am: "2026-11-19", rueckdatierungGrund: "Post" }, "2026-11-26");
    expect(davor).toMatchObject({ ok: false, error: { code: "plan.abstimmung_vor_entwurf" } });
  });

  it("accepts up to 14 days back only with a stated reason, kept with the agreement", () => {
    expect(am("2026-11-12")).toMatchObject({
      ok: false,
      error: { code: "plan.rueckdatierung_grund_fehlt", feld: "rueckdatierungGrund" },
    });
    expect(am("2026-11-12", "  ")).toMatchObject({
      ok: false,
      error: { code: "plan.rueckdatierung_grund_fehlt" },
    });
    const r = am("2026-11-12", " Plan per Post übergeben, erst heute eingetragen. ");
    expect(r.ok && r.value.abstimmung).toMatchObject({
      am: "2026-11-12",
      rueckdatierungGrund: "Plan per Post übergeben, erst heute eingetragen.",
      ueberpruefungAm: "2027-05-12",
    });
    expect(am("2026-11-11", "zu spät")).toMatchObject({
      ok: false,
      error: { code: "plan.abstimmung_zu_alt", feld: "am" },
    });
  });

  it("needs no reason for today and follows the jobcentre's own limit", () => {
    const r = am("2026-11-26");
    expect(r.ok && r.value.abstimmung?.rueckdatierungGrund).toBeUndefined();
    const streng = abstimmen(
      entwurf,
      { ...input, am: "2026-11-23", rueckdatierungGrund: "x" },
      "2026-11-26",
      2,
    );
    expect(streng).toMatchObject({ ok: false, error: { code: "plan.abstimmung_zu_alt" } });
    expect(
      abstimmen(entwurf, { ...input, am: "2026-11-24", rueckdatierungGrund: "x" }, "2026-11-26", 2).ok,
    ).toBe(true);
  });
});
