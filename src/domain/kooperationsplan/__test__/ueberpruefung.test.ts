import { describe, expect, it } from "vitest";
import { pruefeVerwerfen } from "../entwurfVerwerfen";
import { ueberpruefungsStand } from "../ueberpruefungsStand";
import { unveraendertFormAus, unveraendertFortgeschrieben } from "../unveraendertFortschreiben";
import { buildPlanVersion } from "./buildPlanVersion";

/** Agreed on 26.11.2026, reviewed on 20.05.2027 (issue 12: the light review). */
const version = buildPlanVersion(
  { status: "abgestimmt" },
  {
    schritte: [
      {
        id: "s1",
        text: "Ich bewerbe mich im Lager.",
        haeufigkeit: "5 Bewerbungen im Monat",
        frist: "2027-01-31",
      },
      { id: "s2", text: "Ich gehe zur Jobmesse.", frist: "2027-06-30" },
      { id: "s3", text: "Ich lerne Deutsch.", frist: null },
    ],
  },
);

describe("the review page's state of the agreed plan", () => {
  it("shows the portal's report per step, passed deadlines with their renewal and applications since agreement", () => {
    const stand = ueberpruefungsStand({
      inhalt: version.inhalt,
      abgestimmtAm: "2026-11-26",
      stichtag: "2027-05-20",
      meldungen: [{ eintragId: "s2", status: "problem", grund: "Kein Bus." }],
      bewerbungsDaten: ["2026-11-01", "2026-12-01", "2027-03-01"],
      offeneVorschlaege: 1,
    });
    expect(stand.schritte).toEqual([
      {
        id: "s1",
        meldung: null,
        frist: { am: "2027-01-31", abgelaufen: true, verlaengertBis: "2027-07-31" },
        bewerbungen: 2,
      },
      {
        id: "s2",
        meldung: { eintragId: "s2", status: "problem", grund: "Kein Bus." },
        frist: { am: "2027-06-30", abgelaufen: false, verlaengertBis: null },
        bewerbungen: null,
      },
      { id: "s3", meldung: null, frist: null, bewerbungen: null },
    ]);
    expect(stand).toMatchObject({ abgelaufen: 1, offeneVorschlaege: 1, bewerbungenSeit: 2 });
  });
});

describe("continuing the plan unchanged", () => {
  it("carries every entry over and renews only passed deadlines, by six months or to the chosen date", () => {
    const plain = unveraendertFortgeschrieben(version.inhalt, {}, "2027-05-20");
    expect(plain.verlaengert).toBe(1);
    expect(plain.inhalt.schritte.map((s) => s.frist)).toEqual(["2027-07-31", "2027-06-30", null]);
    expect({ ...plain.inhalt, schritte: [] }).toEqual({ ...version.inhalt, schritte: [] });
    const chosen = unveraendertFortgeschrieben(
      version.inhalt,
      { s1: "2027-09-01", s2: "2027-12-31" },
      "2027-05-20",
    );
    expect(chosen.inhalt.schritte.map((s) => s.frist)).toEqual(["2027-09-01", "2027-06-30", null]);
  });

  it("reads the flat form: basis, channel, optional review date and one date per deadline", () => {
    const form = unveraendertFormAus({
      basis: "3",
      kanal: "post",
      ueberpruefungAm: "",
      "frist.s1": "2027-09-01",
    });
    expect(form.success && form.data).toEqual({ basis: 3, kanal: "post", fristen: { s1: "2027-09-01" } });
    expect(unveraendertFormAus({ basis: "3", kanal: "fax" }).success).toBe(false);
  });
});

describe("discarding a draft", () => {
  const agreed = buildPlanVersion({ nummer: 1, status: "abgestimmt" });
  const draft = buildPlanVersion({ nummer: 2, status: "entwurf", lockVersion: 4 });
  it("allows only a review draft, at the lock version shown, while an agreed version stays", () => {
    expect(pruefeVerwerfen([agreed, draft], 2, 4)).toMatchObject({ ok: true });
    expect(pruefeVerwerfen([agreed, draft], 2, 3)).toMatchObject({ error: { code: "plan.konflikt" } });
    expect(pruefeVerwerfen([agreed, draft], 1, 1)).toMatchObject({ error: { code: "plan.nicht_entwurf" } });
    expect(pruefeVerwerfen([draft], 2, 4)).toMatchObject({ error: { code: "plan.erster_entwurf" } });
    expect(pruefeVerwerfen([agreed], 5, 1)).toMatchObject({ error: { code: "nicht_gefunden" } });
  });
});
