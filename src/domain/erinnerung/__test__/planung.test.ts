import { describe, expect, it } from "vitest";
import { planeErinnerungen, type PlanLage } from "../planung";

const plan = (ueberpruefungAm: string, extra: Partial<PlanLage> = {}): PlanLage => ({
  jobcenterId: "jc",
  planId: "plan1",
  personId: "p1",
  betreuerId: "m1",
  ueberpruefungAm,
  fristen: [],
  personErinnerungen: false,
  ...extra,
});
const heute = "2026-11-26";
const arten = (plaene: PlanLage[]) =>
  planeErinnerungen({ heute, plaene, aktivitaeten: [] }).map((a) => a.art);

describe("planning reminders", () => {
  it("tells the counsellor from 14 days before the review date, once per review date", () => {
    expect(arten([plan("2026-12-10")])).toEqual(["ueberpruefung_bald"]);
    expect(arten([plan("2026-12-11")])).toEqual([]);
    expect(arten([plan("2026-11-27")])).toEqual(["ueberpruefung_bald"]);
    const [a] = planeErinnerungen({ heute, plaene: [plan("2026-12-10")], aktivitaeten: [] });
    expect(a).toMatchObject({
      schluessel: "ueberpruefung-bald:plan1:2026-12-10",
      empfaenger: { art: "mitarbeiter", mitarbeiterId: "m1" },
    });
  });

  it("an overdue review is its own reminder; the review day itself is neither", () => {
    expect(arten([plan("2026-11-25")])).toEqual(["ueberpruefung_ueberfaellig"]);
    expect(arten([plan(heute)])).toEqual([]);
  });

  it("a step deadline tomorrow goes to the person only if they opted in, one message however many steps", () => {
    const fristen = ["2026-11-27", "2026-11-27", "2027-01-31"];
    expect(arten([plan("2027-05-01", { fristen })])).toEqual([]);
    const auftraege = planeErinnerungen({
      heute,
      plaene: [plan("2027-05-01", { fristen, personErinnerungen: true })],
      aktivitaeten: [],
    });
    expect(auftraege).toEqual([
      {
        art: "frist_morgen",
        schluessel: "frist-morgen:plan1:2026-11-27",
        jobcenterId: "jc",
        empfaenger: { art: "person", personId: "p1" },
        payload: { planId: "plan1", personId: "p1", frist: "2026-11-27" },
      },
    ]);
    expect(arten([plan("2027-05-01", { fristen: ["2026-11-28"], personErinnerungen: true })])).toEqual([]);
  });

  it("each portal report, upload or proposal tells the counsellor once, with ids only", () => {
    const auftraege = planeErinnerungen({
      heute,
      plaene: [],
      aktivitaeten: [
        { jobcenterId: "jc", art: "nachweis", id: "n1", personId: "p1", betreuerId: "m1" },
        { jobcenterId: "jc", art: "vorschlag", id: "v1", personId: "p1", betreuerId: "m1" },
      ],
    });
    expect(auftraege.map((a) => a.schluessel)).toEqual([
      "portal-aktivitaet:nachweis:n1",
      "portal-aktivitaet:vorschlag:v1",
    ]);
    expect(auftraege[0]?.payload).toEqual({ personId: "p1", nachweis: "n1" });
  });

  it("the same situation plans the same keys (idempotent)", () => {
    const lage = {
      heute,
      plaene: [plan("2026-12-01", { fristen: ["2026-11-27"], personErinnerungen: true })],
      aktivitaeten: [],
    };
    expect(planeErinnerungen(lage)).toEqual(planeErinnerungen(lage));
  });
});
