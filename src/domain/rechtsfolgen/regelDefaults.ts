import { type RegelConfig } from "./regelConfig";

/** Defaults from RULES.md (sections 1.4–1.7, 2.3); tags and norms per parameter are in `REGEL_PARAMETER`. */
export const REGEL_DEFAULTS: RegelConfig = {
  buergergeld2023: {
    pflichtverletzungProzent: [10, 20, 30],
    pflichtverletzungMonate: [1, 2, 3],
    wiederholungsfensterMonate: 12,
    meldeversaeumnisProzent: 10,
    meldeversaeumnisMonate: 1,
    kappungProzent: 30,
    feststellungsfristMonate: 6,
    u25BeratungTage: 28,
    u25BeratungBeiMeldeversaeumnis: true,
    wiederholungZaehltMeldeversaeumnis: false,
    schlichtungSperrtMeldeversaeumnis: false,
    zuvorFestgestelltAmTagDerPflichtverletzung: true,
    fensterAmTagDerPflichtverletzung: true,
  },
  grundsicherungsgeld2026: {
    pflichtverletzungProzent: 30,
    pflichtverletzungMonate: 3,
    aufhebungBeiErfuellung: true,
    meldeversaeumnisOhneFolgeAnzahl: 1,
    meldeversaeumnisProzent: 30,
    meldeversaeumnisMonate: 1,
    meldeversaeumnisFensterMonate: 12,
    nichtErreichbarAbVersaeumnissen: 3,
    nichtErreichbarUebergangProzent: 100,
    kappungProzent: 30,
    feststellungsfristMonate: 6,
    u25BeratungTage: 28,
  },
  arbeitsverweigerung2024: {
    hoechstMonate: 2,
    vorminderungFensterMonate: 12,
    vorminderungEreignisse: ["arbeitsverweigerung"],
  },
  arbeitsverweigerung2026: { mindestMonate: 1, hoechstMonate: 2 },
};
