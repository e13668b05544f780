import { describe, expect, it } from "vitest";
import { PlanInhaltSchema } from "../../kooperationsplan/planInhalt";
import { freitexteVon } from "../freitexte";

describe("freitexteVon", () => {
  it("lists only texts the catalogue cannot translate, with field ids for single texts", () => {
    const inhalt = PlanInhaltSchema.parse({
      berufsziel: "Ich arbeite als Küchenhilfe in Teilzeit.",
      schritte: [
        {
          id: "s1",
          text: "Ich bewerbe mich jeden Monat auf 4 Stellen als Koch.",
          haeufigkeit: "",
          frist: null,
          nachweis: "",
        },
        { id: "s2", text: "Ich gehe zur Schuldnerberatung.", haeufigkeit: "", frist: null, nachweis: "" },
      ],
    });
    expect(freitexteVon(inhalt, "en").map((f) => f.id)).toEqual(["berufsziel", "s2"]);
  });
});
