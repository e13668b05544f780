import type { BriefDokument } from "../../../../application/rechtsfolgen/ports";
import type { Brief } from "../../../../domain/verbindlichkeit/brief";
import { belehrung, belehrungText } from "../../../../domain/verbindlichkeit/belehrung";
import { rechtsbehelfText } from "../../../../domain/verbindlichkeit/rechtsbehelf";
import { REGEL_DEFAULTS } from "../../../../domain/rechtsfolgen/regelDefaults";

/** A realistic letter: an Aufforderung (old law) unless overridden. */
export function buildBriefDokument(brief: Partial<Brief> = {}): BriefDokument {
  const rechtsstand = brief.rechtsstand ?? "2023-07";
  return {
    brief: {
      id: "b1",
      personId: "p1",
      art: "aufforderung",
      rechtsstand,
      planVersionId: "v1",
      planVersionNummer: 2,
      planId: "k1",
      schrittId: "s1",
      datum: "2026-05-04",
      schrittText: "Ich bewerbe mich auf Stellen als Verkäuferin in Teilzeit.",
      frist: "2026-05-31",
      nachweis: "Liste der Bewerbungen",
      rechtsfolgenText: belehrungText(belehrung(rechtsstand, REGEL_DEFAULTS)),
      rechtsbehelfText: rechtsbehelfText("Jobcenter Musterstadt", "Hauptstraße 1, 12345 Musterstadt"),
      mitRechtsfolgenbelehrung: true,
      ersteEinladung: false,
      terminOrt: "",
      status: "entwurf",
      versandtAm: null,
      erstelltAm: "2026-05-04T08:00:00.000Z",
      ...brief,
    },
    jobcenter: { name: "Jobcenter Musterstadt", anschrift: "Hauptstraße 1, 12345 Musterstadt" },
    person: { name: "Aylin Demir", bgNummer: "12345BG0067890" },
    betreuung: { name: "Anna Berger", telefon: "0301 2345-101", email: "anna.berger@example.org" },
    plan: { versionNummer: 2, abgestimmtAm: "2026-03-02" },
    lang: "de-DE",
  };
}
