import { describe, expect, it } from "vitest";
import { bestimmePosteingang, horizont, istOffen, offenProPerson } from "../bestimmePosteingang";
import type { FaelligQuelle, PortalQuelle } from "../posteingang";
import { teamUebersicht } from "../teamUebersicht";

const HEUTE = "2026-11-26";
const basis = { personName: "Neumann, Mira", betreuerId: "b1", betreuerName: "IFK A1", planId: "plan1" };

const faellig = (o: Partial<FaelligQuelle> & Pick<FaelligQuelle, "art" | "am">): FaelligQuelle => ({
  ...basis,
  personId: "p1",
  bezugId: `${o.art}-1`,
  erledigt: false,
  ...o,
});
const portal = (o: Partial<PortalQuelle> = {}): PortalQuelle => ({
  ...basis,
  personId: "p1",
  art: "nachweis",
  neu: 1,
  ersteAm: "2026-11-20",
  letzteAm: "2026-11-25",
  ...o,
});

describe("bestimmePosteingang", () => {
  it("shows a review 14 days ahead and overdue, but not 15 days ahead", () => {
    const e = bestimmePosteingang(
      [
        faellig({ art: "ueberpruefung", am: "2026-12-10", bezugId: "a" }),
        faellig({ art: "ueberpruefung", am: "2026-12-11", bezugId: "b" }),
        faellig({ art: "ueberpruefung", am: "2026-11-01", bezugId: "c" }),
      ],
      HEUTE,
    );
    expect(e.map((x) => [x.schluessel.bezugId, x.ueberfaellig])).toEqual([
      ["c", true],
      ["a", false],
    ]);
  });

  it("shows a step deadline 7 days ahead or passed, unless the person reported the step done", () => {
    const e = bestimmePosteingang(
      [
        faellig({ art: "frist", am: "2026-12-03", bezugId: "v:s1" }),
        faellig({ art: "frist", am: "2026-12-04", bezugId: "v:s2" }),
        faellig({ art: "frist", am: "2026-11-20", bezugId: "v:s3", gemeldet: "erledigt" }),
        faellig({ art: "frist", am: "2026-11-21", bezugId: "v:s4", gemeldet: "problem" }),
      ],
      HEUTE,
    );
    expect(e.map((x) => [x.schluessel.bezugId, x.problemGemeldet])).toEqual([
      ["v:s4", true],
      ["v:s1", false],
    ]);
  });

  it("keeps a drafted letter until it is sent; a Schlichtung from 7 days before its end", () => {
    const e = bestimmePosteingang(
      [
        faellig({ art: "brief", am: "2027-03-01" }),
        faellig({ art: "schlichtung", am: "2026-12-03", bezugId: "s-a" }),
        faellig({ art: "schlichtung", am: "2026-12-04", bezugId: "s-b" }),
      ],
      HEUTE,
    );
    expect(e.map((x) => x.schluessel.bezugId)).toEqual(["s-a", "brief-1"]);
  });

  it("leaves out what was marked done, and portal kinds without new activity", () => {
    const e = bestimmePosteingang(
      [faellig({ art: "ueberpruefung", am: "2026-11-01", erledigt: true }), portal({ neu: 0 })],
      HEUTE,
    );
    expect(e).toEqual([]);
  });

  it("orders overdue first, then by date; portal activity by its first new day", () => {
    const e = bestimmePosteingang(
      [
        portal({ ersteAm: "2026-11-24", neu: 3 }),
        faellig({ art: "frist", am: "2026-11-30", bezugId: "v:s1" }),
        faellig({ art: "frist", am: "2026-11-25", bezugId: "v:s2" }),
        portal({ art: "vorschlag", ersteAm: "2026-11-10" }),
      ],
      HEUTE,
    );
    expect(e.map((x) => `${x.art}@${x.datum}`)).toEqual([
      "frist@2026-11-25",
      "vorschlag@2026-11-10",
      "nachweis@2026-11-24",
      "frist@2026-11-30",
    ]);
    expect(e.find((x) => x.art === "nachweis")?.anzahl).toBe(3);
    expect(e.find((x) => x.art === "nachweis")?.schluessel.bezugId).toBe("portal");
  });

  it("counts per person and recognises an open key", () => {
    const e = bestimmePosteingang(
      [portal(), portal({ personId: "p2", art: "bewerbung" }), faellig({ art: "brief", am: HEUTE })],
      HEUTE,
    );
    expect(offenProPerson(e)).toEqual({ p1: 2, p2: 1 });
    expect(istOffen(e, { personId: "p1", art: "brief", bezugId: "brief-1" })).toBe(true);
    expect(istOffen(e, { personId: "p2", art: "brief", bezugId: "brief-1" })).toBe(false);
  });

  it("looks 14 days ahead at most", () => {
    expect(horizont("2026-12-25")).toBe("2027-01-08");
  });
});

describe("teamUebersicht", () => {
  it("groups by counsellor with the age of the oldest open item, the longest waiting first", () => {
    const e = bestimmePosteingang(
      [
        portal({ ersteAm: "2026-11-16" }),
        faellig({ art: "ueberpruefung", am: "2026-12-01" }),
        faellig({ art: "brief", am: "2026-11-06", betreuerId: "b2", betreuerName: "IFK A2" }),
      ],
      HEUTE,
    );
    const t = teamUebersicht(e, HEUTE);
    expect(t.map((g) => [g.betreuerName, g.anzahl, g.aeltesteTage])).toEqual([
      ["IFK A2", 1, 20],
      ["IFK A1", 2, 10],
    ]);
  });

  it("a deadline due ahead waits since its window opened, 7 days before it", () => {
    const [g] = teamUebersicht(
      bestimmePosteingang([faellig({ art: "frist", am: "2026-11-28" })], HEUTE),
      HEUTE,
    );
    expect(g?.aeltesteTage).toBe(5);
  });
});
