import { type Regel } from "./regel";
import { type RegelBereich, type RegelConfig } from "./regelConfig";

/** Norm and confidence tag of a tunable parameter; the UI shows them beside an override. */
export interface ParameterInfo extends Regel {
  beschreibung: string;
}

type ParameterKatalog = { [B in RegelBereich]: { [K in keyof RegelConfig[B]]: ParameterInfo } };

const p = (tag: Regel["tag"], norm: string, beschreibung: string): ParameterInfo => ({
  tag,
  norm,
  beschreibung,
});
const NF = "SGB II n. F.";

/** Every parameter of `RegelConfig` with its tag from RULES.md. Parameters tagged V cannot be overridden. */
export const REGEL_PARAMETER: ParameterKatalog = {
  buergergeld2023: {
    pflichtverletzungProzent: p(
      "V",
      "§ 31a Abs. 1 Satz 1–3 SGB II",
      "Minderung 1./2./weitere Pflichtverletzung",
    ),
    pflichtverletzungMonate: p("V", "§ 31b Abs. 2 Satz 1 SGB II", "Minderungszeitraum 1./2./weitere"),
    wiederholungsfensterMonate: p(
      "V",
      "§ 31a Abs. 1 Satz 5 SGB II",
      "Zeitraum für weitere Pflichtverletzung (ein Jahr)",
    ),
    meldeversaeumnisProzent: p("V", "§ 32 Abs. 1 Satz 1 SGB II", "Minderung je Meldeversäumnis"),
    meldeversaeumnisMonate: p("V", "§ 32 Abs. 2 Satz 2 SGB II", "Minderungszeitraum Meldeversäumnis"),
    kappungProzent: p("V", "§ 31a Abs. 4 Satz 1 SGB II", "Obergrenze gleichzeitiger Minderungen"),
    feststellungsfristMonate: p("V", "§ 31b Abs. 1 Satz 3 SGB II", "Frist für die Feststellung"),
    u25BeratungTage: p("V", "§ 31a Abs. 6 SGB II", "Beratungsangebot unter 25 (vier Wochen)"),
    u25BeratungBeiMeldeversaeumnis: p(
      "U",
      "§ 32 Abs. 2 Satz 1 SGB II",
      "Beratungsangebot unter 25 auch nach § 32",
    ),
    wiederholungZaehltMeldeversaeumnis: p(
      "U",
      "§ 31a Abs. 1 Satz 4 SGB II",
      "Minderung nach § 32 macht Pflichtverletzung zur weiteren",
    ),
    schlichtungSperrtMeldeversaeumnis: p(
      "U",
      "§ 15a Abs. 3 SGB II",
      "Schlichtung sperrt auch Minderung nach § 32",
    ),
    zuvorFestgestelltAmTagDerPflichtverletzung: p(
      "U",
      "§ 31a Abs. 1 Satz 4 SGB II",
      "„Bereits zuvor festgestellt“: vor dem Tag der neuen Pflichtverletzung (sonst: vor ihrer Feststellung)",
    ),
    fensterAmTagDerPflichtverletzung: p(
      "U",
      "§ 31a Abs. 1 Satz 5 SGB II",
      "Ein-Jahres-Frist gemessen am Tag der neuen Pflichtverletzung (sonst: am Tag ihrer Feststellung)",
    ),
  },
  grundsicherungsgeld2026: {
    pflichtverletzungProzent: p("S", `§ 31a ${NF}`, "Minderung bei Pflichtverletzung"),
    pflichtverletzungMonate: p("S", `§ 31b ${NF}`, "Minderungszeitraum Pflichtverletzung"),
    aufhebungBeiErfuellung: p(
      "U",
      `§ 31a ${NF}`,
      "Aufhebung bei Pflichterfüllung wie § 31b Abs. 2 Satz 2 a. F.",
    ),
    meldeversaeumnisOhneFolgeAnzahl: p("S", `§ 32 ${NF}`, "Meldeversäumnisse ohne Minderung"),
    meldeversaeumnisProzent: p("S", `§ 32 ${NF}`, "Minderung ab dem wiederholten Meldeversäumnis"),
    meldeversaeumnisMonate: p("S", `§ 32 ${NF}`, "Minderungszeitraum Meldeversäumnis"),
    meldeversaeumnisFensterMonate: p("U", `§ 32 ${NF}`, "Zeitraum, in dem Meldeversäumnisse zählen"),
    nichtErreichbarAbVersaeumnissen: p(
      "S",
      `§ 7b Abs. 4 ${NF}`,
      "Meldeversäumnisse in Folge bis „nicht erreichbar“",
    ),
    nichtErreichbarUebergangProzent: p(
      "S",
      `§ 7b Abs. 4 ${NF}`,
      "Wegfall des Regelbedarfs im Übergangsmonat",
    ),
    kappungProzent: p("U", `§ 31a ${NF}`, "Obergrenze gleichzeitiger Minderungen"),
    feststellungsfristMonate: p("U", `§ 31b ${NF}`, "Frist für die Feststellung"),
    u25BeratungTage: p("U", `§ 31a ${NF}`, "Beratungsangebot unter 25"),
  },
  arbeitsverweigerung2024: {
    hoechstMonate: p("V", "§ 31b Abs. 3 SGB II i. d. F. vom 28.3.2024", "Höchstdauer des Wegfalls"),
    vorminderungFensterMonate: p(
      "V",
      "§ 31a Abs. 7 SGB II i. d. F. vom 28.3.2024",
      "Minderung im letzten Jahr",
    ),
    vorminderungEreignisse: p(
      "U",
      "§ 31a Abs. 7 SGB II i. d. F. vom 28.3.2024",
      "Welche Vorminderungen zählen",
    ),
  },
  arbeitsverweigerung2026: {
    mindestMonate: p("V", "§ 31b Abs. 3 Satz 1 SGB II", "Mindestdauer des Wegfalls"),
    hoechstMonate: p("V", "§ 31b Abs. 3 Satz 1 SGB II", "Höchstdauer des Wegfalls"),
  },
};
