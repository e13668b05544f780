import { z } from "zod";
import { IsoDateSchema } from "../shared/isoDate";
import { MonatSchema } from "./monat";

const KonfidenzSchema = z.enum(["V", "S", "U"]);

export const BegruendungSchema = z.object({ grund: z.string(), norm: z.string(), tag: KonfidenzSchema });

export const FristSchema = z.object({
  art: z.enum(["feststellung_spaetestens", "beratungsangebot_u25"]),
  bis: IsoDateSchema,
  norm: z.string(),
});
export type Frist = z.infer<typeof FristSchema>;

export const VerlaufMonatSchema = z.object({
  monat: MonatSchema,
  prozent: z.number(),
  gesamtProzent: z.number(),
});
export type VerlaufMonat = z.infer<typeof VerlaufMonatSchema>;

/** § 7b Abs. 4 n. F.: after the transition month all benefits, housing costs included, cease. */
export const ErreichbarkeitSchema = z.object({
  uebergangsmonat: MonatSchema,
  alleLeistungenEntfallenAb: MonatSchema,
  grund: z.string(),
  norm: z.string(),
  tag: KonfidenzSchema,
});

/**
 * Output of `beurteileRechtsfolge`, one JSON line of `kooperationsplan rechtsfolgen`.
 * `prozent` is what this reduction takes in its first month after the 30 % cap; `regelProzent` is the
 * statutory rate before the cap; `gesamtProzent` includes reductions already running.
 */
export const RechtsfolgenErgebnisSchema = z.object({
  id: z.union([z.string(), z.number()]),
  rechtsstand: z.enum(["2023-07", "2026-07"]),
  minderung: z.boolean(),
  prozent: z.number(),
  monate: z.number(),
  beginn: MonatSchema.nullable(),
  ende: MonatSchema.nullable(),
  gruende: z.array(z.string()),
  normen: z.array(z.string()),
  regelProzent: z.number(),
  gesamtProzent: z.number(),
  gekappt: z.boolean(),
  aufhebungAb: IsoDateSchema.nullable(),
  verlauf: z.array(VerlaufMonatSchema),
  fristen: z.array(FristSchema),
  nichtErreichbar: z.boolean(),
  erreichbarkeit: ErreichbarkeitSchema.nullable(),
  begruendung: z.array(BegruendungSchema),
});
export type RechtsfolgenErgebnis = z.infer<typeof RechtsfolgenErgebnisSchema>;
export type Erreichbarkeit = z.infer<typeof ErreichbarkeitSchema>;
