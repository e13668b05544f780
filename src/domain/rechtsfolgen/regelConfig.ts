import { z } from "zod";
import { EreignisSchema } from "./rechtsfolgenFall";

/**
 * Tunable parameters of the legal-consequence rules. Defaults (`REGEL_DEFAULTS`) come from RULES.md;
 * `REGEL_PARAMETER` records norm and confidence tag of each; only S and U parameters may be overridden.
 */
const ganzzahl = (min: number, max: number) => {
  const error = `Erwartet eine ganze Zahl von ${min} bis ${max}.`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
};
const prozent = ganzzahl(0, 100);
const monate = ganzzahl(0, 24);
const anzahl = ganzzahl(1, 12);
const tage = ganzzahl(1, 366);
const jaNein = z.boolean({ error: "Erwartet true oder false." });

export const Buergergeld2023ConfigSchema = z.object({
  pflichtverletzungProzent: z.tuple([prozent, prozent, prozent]),
  pflichtverletzungMonate: z.tuple([monate, monate, monate]),
  wiederholungsfensterMonate: monate,
  meldeversaeumnisProzent: prozent,
  meldeversaeumnisMonate: monate,
  kappungProzent: prozent,
  feststellungsfristMonate: monate,
  u25BeratungTage: tage,
  u25BeratungBeiMeldeversaeumnis: jaNein,
  wiederholungZaehltMeldeversaeumnis: jaNein,
  schlichtungSperrtMeldeversaeumnis: jaNein,
  zuvorFestgestelltAmTagDerPflichtverletzung: jaNein,
  fensterAmTagDerPflichtverletzung: jaNein,
});

export const Grundsicherungsgeld2026ConfigSchema = z.object({
  pflichtverletzungProzent: prozent,
  pflichtverletzungMonate: monate,
  aufhebungBeiErfuellung: jaNein,
  meldeversaeumnisOhneFolgeAnzahl: ganzzahl(0, 12),
  meldeversaeumnisProzent: prozent,
  meldeversaeumnisMonate: monate,
  meldeversaeumnisFensterMonate: monate,
  nichtErreichbarAbVersaeumnissen: anzahl,
  nichtErreichbarUebergangProzent: prozent,
  kappungProzent: prozent,
  feststellungsfristMonate: monate,
  u25BeratungTage: tage,
});

export const Arbeitsverweigerung2024ConfigSchema = z.object({
  hoechstMonate: monate,
  vorminderungFensterMonate: monate,
  vorminderungEreignisse: z.array(EreignisSchema).min(1),
});

export const Arbeitsverweigerung2026ConfigSchema = z.object({ mindestMonate: monate, hoechstMonate: monate });

export const RegelConfigSchema = z.object({
  buergergeld2023: Buergergeld2023ConfigSchema,
  grundsicherungsgeld2026: Grundsicherungsgeld2026ConfigSchema,
  arbeitsverweigerung2024: Arbeitsverweigerung2024ConfigSchema,
  arbeitsverweigerung2026: Arbeitsverweigerung2026ConfigSchema,
});
export type RegelConfig = z.infer<typeof RegelConfigSchema>;
export type Buergergeld2023Config = RegelConfig["buergergeld2023"];
export type Grundsicherungsgeld2026Config = RegelConfig["grundsicherungsgeld2026"];
export type RegelBereich = keyof RegelConfig;
