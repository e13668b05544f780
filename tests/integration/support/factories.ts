import type { PlanInhaltInput } from "../../../src/domain/kooperationsplan/planInhalt";

/** A realistic plan: goal, three steps with frequency, deadline and proof, two support items. */
export function buildPlanInhalt(overrides: Partial<PlanInhaltInput> = {}): PlanInhaltInput {
  return {
    berufsziel: "Ich arbeite als Fachkraft für Lagerlogistik in Vollzeit.",
    zwischenziele: [{ id: "z1", text: "Ich habe bis März den Staplerschein." }],
    schritte: [
      {
        id: "s1",
        text: "Ich bewerbe mich auf Stellen im Lager.",
        haeufigkeit: "5 Bewerbungen im Monat",
        frist: "2027-01-31",
        nachweis: "Liste der Bewerbungen",
      },
      {
        id: "s2",
        text: "Ich melde mich zum Staplerkurs an.",
        haeufigkeit: "einmal",
        frist: "2026-12-15",
        nachweis: "Anmeldebestätigung",
      },
      {
        id: "s3",
        text: "Ich gehe zur Jobmesse im Rathaus.",
        haeufigkeit: "einmal",
        frist: "2027-02-10",
        nachweis: "",
      },
    ],
    unterstuetzung: [
      { id: "u1", text: "Das Jobcenter gibt Ihnen einen Bildungsgutschein für den Staplerkurs." },
      { id: "u2", text: "Das Jobcenter übernimmt die Fahrtkosten zu Vorstellungsgesprächen." },
    ],
    andereStellen: [],
    ...overrides,
  };
}

let laufendeNummer = 0;

/** A new person's master data; each call gets its own BG number. */
export function buildPersonInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  laufendeNummer += 1;
  return {
    vorname: "Mira",
    nachname: "Neumann",
    geburtsdatum: "1991-04-12",
    bgNummer: `77777BG${String(laufendeNummer).padStart(7, "0")}`,
    ...overrides,
  };
}
