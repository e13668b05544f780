/** Stable error codes of letters, Schlichtung, events, hearings, decisions and rule corrections. */
export const RECHTSFOLGEN_FEHLER = {
  "rechtsfolgen.erste_einladung_ohne_rfb": 422,
  "rechtsfolgen.termin_vor_brief": 422,
  "rechtsfolgen.schlichtung_neues_recht": 409,
  "rechtsfolgen.schlichtung_laeuft_bereits": 409,
  "rechtsfolgen.schlichtung_beendet": 409,
  "rechtsfolgen.schlichtung_ende_ausserhalb": 422,
  "rechtsfolgen.schlichtung_laeuft": 409,
  "rechtsfolgen.datum_in_zukunft": 422,
  "rechtsfolgen.ereignis_vor_frist": 422,
  "rechtsfolgen.weigerung_nur_pflichtverletzung": 422,
  "rechtsfolgen.anhoerung_vor_ereignis": 422,
  "rechtsfolgen.anhoerung_persoenlich": 422,
  "rechtsfolgen.anhoerung_fehlt": 409,
  "rechtsfolgen.feststellung_vor_ereignis": 422,
  "rechtsfolgen.begruendung_fehlt": 422,
  "rechtsfolgen.keine_minderung": 409,
  "rechtsfolgen.bereits_entschieden": 409,
  "rechtsfolgen.plan_nicht_vereinbart": 409,
  "rechtsfolgen.brief_vor_plan": 422,
  "rechtsfolgen.falsches_recht": 422,
  "rechtsfolgen.frist_vor_brief": 422,
  "rechtsfolgen.brief_versandt": 409,
  "rechtsfolgen.versand_vor_brief": 422,
  "rechtsfolgen.regel_ungueltig": 422,
} as const;

export type RechtsfolgenFehlerCode = keyof typeof RECHTSFOLGEN_FEHLER;
