import type { AUDIT_AKTIONEN } from "../domain/audit/auditFilter";
import type { Aenderung } from "../domain/kooperationsplan/vergleichen";
import type { Beendigung } from "../domain/kooperationsplan/beendigung";
import type { PlanInhalt } from "../domain/kooperationsplan/planInhalt";
import type { PlanVersion, UebergabeKanal } from "../domain/kooperationsplan/planVersion";
import type { FallStatus } from "../domain/kooperationsplan/fallStatus";
import type { TerminvermerkInput } from "../domain/kooperationsplan/terminvermerk";
import type {
  Leistungsberechtigte,
  LeistungsberechtigteInput,
  Sprache,
} from "../domain/person/leistungsberechtigte";
import type { Potenzialanalyse, PotenzialanalyseInput } from "../domain/potenzialanalyse/potenzialanalyse";
import type { IsoDate } from "../domain/shared/isoDate";
import type { AngebotRepository, BudgetRepository } from "./angebote/ports";
import type { AuditProtokollRepository } from "./audit/ports";
import type { PosteingangRepository } from "./posteingang/ports";
import type { RechtsfolgenRepositories } from "./rechtsfolgen/ports";

/** The current time, injected so that use cases and tests control "today". */
export interface Clock {
  now(): Date;
}

export type Rolle = "integrationsfachkraft" | "teamleitung" | "admin" | "datenschutz";

/** The signed-in member of staff on whose behalf a use case runs. */
export interface Actor {
  userId: string;
  jobcenterId: string;
  rolle: Rolle;
  name: string;
}

export interface FallFilter {
  suche?: string;
  status?: FallStatus | "alle";
  limit: number;
  offset: number;
}

export interface FallZeile {
  personId: string;
  name: string;
  bgNummer: string;
  planId: string | null;
  hatEntwurf: boolean;
  ueberpruefungAm: IsoDate | null;
  betreuerName: string;
}

/** A plan whose review is due by a given day (the counsellor's list "one after the other"). */
export interface FaelligeUeberpruefung {
  personId: string;
  name: string;
  planId: string;
  ueberpruefungAm: IsoDate;
  hatEntwurf: boolean;
}

export interface PersonRepository {
  listFaelle(filter: FallFilter, today: IsoDate): Promise<{ zeilen: FallZeile[]; gesamt: number }>;
  /** Agreed, not ended plans with a review date up to `bis`, earliest first (overdue first), at most `limit`. */
  listFaelligeUeberpruefungen(bis: IsoDate, limit: number): Promise<FaelligeUeberpruefung[]>;
  get(id: string): Promise<Leistungsberechtigte | null>;
  create(input: LeistungsberechtigteInput, betreuerId: string): Promise<Leistungsberechtigte>;
}

export interface PlanAkte {
  planId: string;
  personId: string;
  versionen: PlanVersion[];
  /** Set once the plan was ended (it then commits no budget and cannot be agreed again). */
  beendet?: Beendigung | null;
}

export interface PlanRepository {
  findByPerson(personId: string): Promise<PlanAkte | null>;
  findById(planId: string): Promise<PlanAkte | null>;
  createPlan(personId: string): Promise<string>;
  insertVersion(
    personId: string,
    version: Omit<PlanVersion, "id" | "erstelltAm" | "geaendertAm">,
  ): Promise<PlanVersion>;
  /** Writes the version if its stored lock version is still `expectedLockVersion`; false on conflict. */
  updateVersion(version: PlanVersion, expectedLockVersion: number): Promise<boolean>;
  markErsetzt(versionId: string): Promise<void>;
  /** Deletes a draft if its stored lock version is still `expectedLockVersion`; false otherwise. */
  deleteEntwurf(versionId: string, expectedLockVersion: number): Promise<boolean>;
  /** Records that the plan ended; false when it had already ended. */
  beenden(planId: string, beendigung: Beendigung): Promise<boolean>;
}

export interface PotenzialanalyseRepository {
  list(personId: string): Promise<Potenzialanalyse[]>;
  create(personId: string, input: PotenzialanalyseInput): Promise<Potenzialanalyse>;
}

export interface Terminvermerk extends TerminvermerkInput {
  id: string;
  erstelltAm: string;
}

export interface TerminvermerkRepository {
  list(personId: string): Promise<Terminvermerk[]>;
  create(personId: string, input: TerminvermerkInput): Promise<Terminvermerk>;
}

export type AuditAktion = (typeof AUDIT_AKTIONEN)[number];

export interface AuditEintrag {
  aktion: AuditAktion;
  objekt: string;
  objektId?: string | null;
  personId?: string | null;
  /** Never personal data: ids, counts, field names only. */
  details?: Record<string, unknown>;
}

export interface AuditLog {
  record(entry: AuditEintrag): Promise<void>;
}

export interface Ids {
  /** A short random id for a plan entry. */
  eintragId(): string;
}

export interface Kontakt {
  name: string;
  telefon: string;
  email: string;
}

export interface StammdatenRepository {
  jobcenter(): Promise<{ name: string; anschrift: string }>;
  /** How many days back the jobcentre allows an agreement to be entered (with a reason). */
  rueckdatierungTage(): Promise<number>;
  mitarbeitende(id: string): Promise<Kontakt | null>;
}

/** Repositories bound to one transaction and one actor (row-level security context). */
export interface Repositories {
  personen: PersonRepository;
  plaene: PlanRepository;
  potenzialanalysen: PotenzialanalyseRepository;
  terminvermerke: TerminvermerkRepository;
  audit: AuditLog;
  auditProtokoll: AuditProtokollRepository;
  stammdaten: StammdatenRepository;
  rechtsfolgen: RechtsfolgenRepositories;
  angebote: AngebotRepository;
  budget: BudgetRepository;
  posteingang: PosteingangRepository;
}

export interface UseCaseDeps {
  repos: Repositories;
  actor: Actor;
  clock: Clock;
  ids: Ids;
}

export type { Aenderung, PlanInhalt, UebergabeKanal };

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
  /** Portal language of the wording (default German); catalogue entries are printed translated. */
  sprache?: Sprache;
  /** The jobcentre's translations of free-text entries into `sprache`, by entry id. */
  uebersetzungen?: Readonly<Record<string, string>>;
}

export interface PdfRenderer {
  /** A one-page A4, tagged PDF/UA document with embedded fonts. */
  renderPlan(doc: PlanDokument): Promise<Uint8Array>;
}
