import type { PlanInhalt } from "../domain/kooperationsplan/planInhalt";
import type { UebergabeKanal } from "../domain/kooperationsplan/planVersion";
import type { IsoDate } from "../domain/shared/isoDate";

/** The current time, injected so that use cases and tests control "today". */
export interface Clock {
  now(): Date;
}

/** Everything printed on the plan handed over in Textform (§ 15 Abs. 3 Satz 1 SGB II). */
export interface PlanDokument {
  jobcenter: { name: string; anschrift: string };
  person: { name: string; bgNummer: string };
  betreuung: { name: string; telefon: string; email: string };
  versionNummer: number;
  inhalt: PlanInhalt;
  /** Date agreed and handed over; null for a draft preview. */
  abgestimmtAm: IsoDate | null;
  kanal: UebergabeKanal | null;
  ueberpruefungAm: IsoDate | null;
  /** BCP 47 language tag of the document, e.g. `de-DE`. */
  lang: string;
}

export interface PdfRenderer {
  /** A one-page A4, tagged PDF/UA document with embedded fonts. */
  renderPlan(doc: PlanDokument): Promise<Uint8Array>;
}
