import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { PlanDokument } from "../../../application/ports";
import { PlanInhaltSchema } from "../../../domain/kooperationsplan/planInhalt";
import { PlanDokumentView } from "../PlanDokumentView";

const dokument = (rehaBedarf: "nein" | "pruefen" | "ja"): PlanDokument => ({
  jobcenter: { name: "Jobcenter Musterstadt", anschrift: "Hauptstraße 1" },
  person: { name: "Olena Kovalenko", bgNummer: "12345BG0000001" },
  betreuung: { name: "Anna Berger", telefon: "0301 1", email: "a@b.de" },
  versionNummer: 2,
  inhalt: PlanInhaltSchema.parse({
    berufsziel: "Ich arbeite als Köchin.",
    schritte: [
      {
        id: "s1",
        text: "Ich bewerbe mich.",
        haeufigkeit: "5 im Monat",
        frist: "2027-01-31",
        nachweis: "Liste",
      },
    ],
    rehaBedarf,
    naechsterTermin: { datum: "2026-12-10", uhrzeit: "09:30", ort: "Raum 2.14" },
  }),
  abgestimmtAm: "2026-11-26",
  kanal: "persoenlich",
  ueberpruefungAm: "2027-05-26",
  lang: "de-DE",
});

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("preview of the plan (exactly as the person receives it)", () => {
  it("shows the step details, the appointment and the dates in German form", () => {
    const html = text(renderToStaticMarkup(<PlanDokumentView dokument={dokument("nein")} />));
    expect(html).toContain("Wie oft: 5 im Monat · Bis: 31.01.2027 · Nachweis: Liste");
    expect(html).toContain("Unser nächster Termin: 10.12.2026, 09:30 Uhr, Raum 2.14");
    expect(html).toContain("Vereinbart und übergeben am 26.11.2026 (persönlich).");
  });
});
