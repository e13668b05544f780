import { z } from "zod";
import type { IsoDate } from "../shared/isoDate";
import type { Rechtsstand } from "../rechtsstand/rechtsstandAm";
import type { PlanInhalt } from "./planInhalt";

export const VERSION_STATUS = ["entwurf", "abgestimmt", "ersetzt"] as const;
export type VersionStatus = (typeof VERSION_STATUS)[number];

/** How the plan was handed over in Textform (§ 15 Abs. 3 Satz 1 SGB II, § 126b BGB). */
export const UEBERGABE_KANAL = ["persoenlich", "post", "digital"] as const;
export type UebergabeKanal = (typeof UEBERGABE_KANAL)[number];
export const UebergabeKanalSchema = z.enum(UEBERGABE_KANAL, { message: "choice" });

export interface Abstimmung {
  /** Date agreed and handed over. */
  am: IsoDate;
  kanal: UebergabeKanal;
  /** Date of the next review: at the latest six months after agreement (§ 15 Abs. 3 Satz 2). */
  ueberpruefungAm: IsoDate;
  /** Why the agreement was entered after its day (shown in the history); absent when entered that day. */
  rueckdatierungGrund?: string;
}

/** One immutable version of a Kooperationsplan once agreed; drafts are editable. */
export interface PlanVersion {
  id: string;
  planId: string;
  nummer: number;
  status: VersionStatus;
  inhalt: PlanInhalt;
  abstimmung: Abstimmung | null;
  rechtsstand: Rechtsstand;
  /** Optimistic concurrency token, incremented on every save. */
  lockVersion: number;
  erstelltAm: string;
  geaendertAm: string;
}
