import { type ZielBereich } from "../qualitaet/bereiche";
import { type AngebotTyp } from "./angebotTyp";

/** Plan areas an offer type usually fits, when the catalogue entry names none. */
export const STANDARD_BEREICHE: Record<AngebotTyp, readonly ZielBereich[]> = {
  avgs: ["arbeit", "qualifizierung", "gesundheit", "familie_persoenliches"],
  bildungsgutschein: ["qualifizierung"],
  bewerbungskosten: ["arbeit"],
  fahrtkosten: ["arbeit", "qualifizierung", "sprache"],
  coaching: ["arbeit", "gesundheit", "familie_persoenliches"],
  massnahme: ["arbeit", "qualifizierung"],
};
