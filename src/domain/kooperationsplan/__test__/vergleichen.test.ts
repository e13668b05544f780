import { describe, expect, it } from "vitest";
import { PlanInhaltSchema } from "../planInhalt";
import { vergleichen } from "../vergleichen";

const vorher = PlanInhaltSchema.parse({
  berufsziel: "Ich arbeite als Koch.",
  schritte: [
    { id: "a", text: "Ich bewerbe mich.", haeufigkeit: "5 im Monat", nachweis: "Liste" },
    { id: "b", text: "Ich mache einen Hygienekurs.", frist: "2027-01-31" },
  ],
  unterstuetzung: [{ id: "u", text: "Bewerbungskosten" }],
});

describe("vergleichen (diff of two plan versions)", () => {
  it("finds nothing when nothing changed, even when items are only reordered", () => {
    expect(vergleichen(vorher, vorher)).toEqual([]);
    expect(vergleichen(vorher, { ...vorher, schritte: [...vorher.schritte].reverse() })).toEqual([]);
  });

  it("reports new, removed and changed items by id, including changed frequency", () => {
    const nachher = {
      ...vorher,
      schritte: [
        { ...(vorher.schritte[0] as (typeof vorher.schritte)[number]), haeufigkeit: "8 im Monat" },
        { id: "c", text: "Ich gehe zur Jobmesse.", haeufigkeit: "", frist: null, nachweis: "" },
      ],
      unterstuetzung: [],
    };
    expect(vergleichen(vorher, nachher)).toEqual([
      {
        bereich: "schritte",
        art: "geaendert",
        vorher: "Ich bewerbe mich. (5 im Monat; Nachweis: Liste)",
        nachher: "Ich bewerbe mich. (8 im Monat; Nachweis: Liste)",
      },
      {
        bereich: "schritte",
        art: "entfernt",
        vorher: "Ich mache einen Hygienekurs. (bis 2027-01-31)",
        nachher: null,
      },
      { bereich: "schritte", art: "neu", vorher: null, nachher: "Ich gehe zur Jobmesse." },
      { bereich: "unterstuetzung", art: "entfernt", vorher: "Bewerbungskosten", nachher: null },
    ]);
  });

  it("reports changes of the goal, the rehabilitation check and the appointment", () => {
    const nachher = {
      ...vorher,
      berufsziel: "Ich arbeite als Beikoch.",
      rehaBedarf: "pruefen" as const,
      naechsterTermin: { datum: "2027-01-10", uhrzeit: "09:00", ort: "" },
    };
    expect(vergleichen(vorher, nachher).map((a) => [a.bereich, a.art])).toEqual([
      ["berufsziel", "geaendert"],
      ["rehaBedarf", "geaendert"],
      ["naechsterTermin", "neu"],
    ]);
  });
});
