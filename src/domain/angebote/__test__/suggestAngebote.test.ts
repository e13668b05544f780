import { describe, expect, it } from "vitest";
import { AngebotskatalogSchema, type AngebotInput } from "../angebot";
import { budgetStatus } from "../budget";
import { suggestAngebote } from "../suggestAngebote";

const katalog = (angebote: AngebotInput[]) => AngebotskatalogSchema.parse({ jobcenterId: "jc-1", angebote });

const ANGEBOTE: AngebotInput[] = [
  { id: "a1", typ: "bewerbungskosten", titel: "Bewerbungskosten", restbudgetCent: 1_000_000 },
  { id: "a2", typ: "bildungsgutschein", titel: "Weiterbildung Lager", restbudgetCent: 0 },
  { id: "a3", typ: "avgs", titel: "Coaching Lernwerk Nord", bereiche: ["arbeit", "sprache"] },
  { id: "a4", typ: "coaching", titel: "Coaching § 16k", aktiv: false },
  { id: "a5", typ: "massnahme", titel: "Kurs Neustart", restbudgetCent: 30_000, kostenProFallCent: 20_000 },
];

describe("budgetStatus", () => {
  it.each([
    [{}, "unbekannt"],
    [{ restbudgetCent: null }, "unbekannt"],
    [{ restbudgetCent: 0 }, "ausgeschoepft"],
    [{ restbudgetCent: -5 }, "ausgeschoepft"],
    [{ restbudgetCent: 10_000, kostenProFallCent: 20_000 }, "ausgeschoepft"],
    [{ restbudgetCent: 50_000, kostenProFallCent: 20_000 }, "knapp"],
    [{ restbudgetCent: 60_000, kostenProFallCent: 20_000 }, "verfuegbar"],
    [{ restbudgetCent: 49_999 }, "knapp"],
    [{ restbudgetCent: 50_000 }, "verfuegbar"],
  ] as const)("%o → %s", (angebot, status) => {
    expect(budgetStatus(angebot)).toBe(status);
  });
});

describe("suggestAngebote", () => {
  it("suggests active offers that fit the plan's areas, with reason and budget", () => {
    const result = suggestAngebote(katalog(ANGEBOTE), ["arbeit", "sprache"]);
    expect(result.map((r) => r.angebot.id)).toEqual(["a3", "a1", "a5"]);
    expect(result[0]).toMatchObject({ passendeBereiche: ["arbeit", "sprache"], budget: "unbekannt" });
    expect(result[0]?.grund).toContain("Passt zum Plan: Arbeit und Sprache.");
    expect(result[2]?.budget).toBe("knapp");
  });

  it("keeps exhausted offers, sorted last among equals", () => {
    const result = suggestAngebote(katalog(ANGEBOTE), ["qualifizierung"]);
    expect(result.map((r) => [r.angebot.id, r.budget])).toEqual([
      ["a5", "knapp"],
      ["a2", "ausgeschoepft"],
    ]);
    expect(result[1]?.grund).toContain("aufgebraucht");
  });

  it("uses the offer's own areas over the type defaults and ignores unknown areas", () => {
    expect(suggestAngebote(katalog(ANGEBOTE), ["familie_persoenliches"])).toEqual([]);
    expect(suggestAngebote(katalog(ANGEBOTE), ["vermittlung", "unbekannt"])).toEqual([]);
  });

  it("rejects invalid catalogue data at the boundary", () => {
    const bad = AngebotskatalogSchema.safeParse({
      jobcenterId: "x",
      angebote: [{ id: "a", typ: "geld", titel: "" }],
    });
    expect(bad.success).toBe(false);
  });
});
