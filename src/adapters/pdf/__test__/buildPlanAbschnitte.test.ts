import { describe, expect, it } from "vitest";
import { PlanInhaltSchema, SchrittSchema } from "../../../domain/kooperationsplan/planInhalt";
import { pdfTexteDe } from "../pdfTexteDe";
import { buildPlanAbschnitte } from "../sections/buildPlanAbschnitte";
import { describeSchritt } from "../sections/buildSchritte";

const schritt = (teile: object) => SchrittSchema.parse({ id: "s1", text: "Bewerben", ...teile });

describe("describeSchritt", () => {
  it("joins the parts that are set", () => {
    const alle = schritt({ haeufigkeit: "wöchentlich", frist: "2026-07-01", nachweis: "Liste" });
    expect(describeSchritt(alle, pdfTexteDe)).toBe(
      "Wie oft: wöchentlich · Bis: 01.07.2026 · Nachweis: Liste",
    );
    expect(describeSchritt(schritt({ frist: "2026-12-31" }), pdfTexteDe)).toBe("Bis: 31.12.2026");
    expect(describeSchritt(schritt({ nachweis: "Kopie" }), pdfTexteDe)).toBe("Nachweis: Kopie");
  });

  it("is null when nothing is set, so no empty line is printed", () => {
    expect(describeSchritt(schritt({}), pdfTexteDe)).toBeNull();
  });
});

describe("buildPlanAbschnitte", () => {
  it("always returns the six rubrics, empty ones without blocks", () => {
    const abschnitte = buildPlanAbschnitte(PlanInhaltSchema.parse({}), pdfTexteDe);
    expect(abschnitte.map((a) => a.ueberschrift)).toEqual(Object.values(pdfTexteDe.ueberschriften));
    expect(abschnitte.every((a) => a.bloecke.length === 0)).toBe(true);
  });

  it("puts the fields of work under the goal and the appointment under 'Was sonst noch wichtig ist'", () => {
    const inhalt = PlanInhaltSchema.parse({
      vermittlungsfelder: "Lager, Logistik",
      rehaBedarf: "ja",
      naechsterTermin: { datum: "2026-09-03", uhrzeit: null, ort: "" },
    });
    const [berufsziel, , , , , sonst] = buildPlanAbschnitte(inhalt, pdfTexteDe);
    expect(berufsziel?.bloecke).toEqual([
      { art: "absatz", text: "In diesen Bereichen suche ich Arbeit: Lager, Logistik" },
    ]);
    expect(sonst?.bloecke).toEqual([
      { art: "absatz", text: pdfTexteDe.rehaBedarf.ja },
      { art: "absatz", text: "Unser nächster Termin: 03.09.2026" },
    ]);
  });
});
