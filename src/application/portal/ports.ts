import type {
  BewerbungInput,
  SchrittStatusArt,
  VorschlagArt,
  VorschlagStatus,
} from "../../domain/portal/beteiligung";
import type { PortalFehler } from "../../domain/portal/fehlerCodes";
import type { NachweisTyp } from "../../domain/portal/nachweis";
import type { Sprache } from "../../domain/portal/portalSprache";
import type { Leistungsberechtigte } from "../../domain/person/leistungsberechtigte";
import type { Result } from "../../domain/shared/result";
import type { AuditEintrag, Clock, Ids, PlanRepository, StammdatenRepository, UseCaseDeps } from "../ports";

/** The signed-in recipient: their portal account and their person (row-level security context). */
export interface PortalAkteur {
  kontoId: string;
  jobcenterId: string;
  personId: string;
}

export type PortalResult<T> = Result<T, PortalFehler>;

export interface PortalKontoInfo {
  id: string;
  personId: string;
  benutzername: string | null;
  aktiviertAm: string | null;
  aktivierungBis: string | null;
  totpAktiv: boolean;
  oidcVerknuepft: boolean;
  /** When the counsellor last reset the activated account with a new code (null: never). */
  zurueckgesetztAm: string | null;
}

export interface KontoRepository {
  findByPerson(personId: string): Promise<PortalKontoInfo | null>;
  /** Opens the account or renews its activation code (counsellor). */
  open(personId: string, codeHash: string, bis: Date): Promise<string>;
  /** Resets an activated account: a new code, the reset time, and every portal session ended (their number). */
  zuruecksetzen(kontoId: string, codeHash: string, bis: Date): Promise<number>;
  totp(kontoId: string): Promise<{ secret: string | null; aktiv: boolean }>;
  setTotp(kontoId: string, secret: string | null, aktiv: boolean): Promise<void>;
  /**
   * Uses up a TOTP time step: true only when it is later than the last accepted one (each code counts
   * once, and never an older one after a newer); atomic, so two parallel requests cannot both pass.
   */
  nimmTotpSchritt(kontoId: string, schritt: number): Promise<boolean>;
}

export interface Empfang {
  planVersionId: string;
  bestaetigtAm: string;
}

export interface SchrittStatusEintrag {
  planVersionId: string;
  eintragId: string;
  status: SchrittStatusArt;
  grund: string;
  gemeldetAm: string;
}

export interface Bewerbung extends BewerbungInput {
  id: string;
  erfasstAm: string;
}

export interface NachweisInfo {
  id: string;
  dateiname: string;
  beschreibung: string;
  mimeTyp: NachweisTyp;
  groesse: number;
  sha256: string;
  status: "eingegangen" | "gesehen";
  hochgeladenAm: string;
  gesehenAm: string | null;
  /** The plan version agreed when the evidence was uploaded (null: no agreed plan then). */
  planVersionId: string | null;
}

export interface NeuerNachweis {
  planVersionId: string | null;
  dateiname: string;
  beschreibung: string;
  mimeTyp: NachweisTyp;
  sha256: string;
  inhalt: Uint8Array;
}

export interface Vorschlag {
  id: string;
  personId: string;
  art: VorschlagArt;
  text: string;
  status: VorschlagStatus;
  ergebnis: string;
  eingereichtAm: string;
  entschiedenAm: string | null;
  uebernommenIn: number | null;
}

/** What the recipient sends in and what the counsellor receives; every list is for one person. */
export interface BeteiligungRepository {
  listEmpfaenge(personId: string): Promise<Empfang[]>;
  addEmpfang(planVersionId: string, at: Date): Promise<boolean>;
  listSchrittStatus(personId: string): Promise<SchrittStatusEintrag[]>;
  addSchrittStatus(e: Omit<SchrittStatusEintrag, "gemeldetAm">, at: Date): Promise<void>;
  listBewerbungen(personId: string): Promise<Bewerbung[]>;
  addBewerbung(b: BewerbungInput, at: Date): Promise<string>;
  listNachweise(personId: string): Promise<NachweisInfo[]>;
  addNachweis(n: NeuerNachweis, at: Date): Promise<string>;
  /** The upload with its bytes; `unversehrt` is false when the bytes no longer match the stored SHA-256. */
  getNachweis(
    id: string,
  ): Promise<(NachweisInfo & { personId: string; inhalt: Uint8Array; unversehrt: boolean }) | null>;
  markNachweisGesehen(id: string, at: Date): Promise<boolean>;
  listVorschlaege(personId: string): Promise<Vorschlag[]>;
  addVorschlag(art: VorschlagArt, text: string, at: Date): Promise<string>;
  getVorschlag(id: string): Promise<Vorschlag | null>;
  decideVorschlag(
    id: string,
    e: { status: Exclude<VorschlagStatus, "offen">; ergebnis: string; uebernommenIn: number | null },
    at: Date,
  ): Promise<boolean>;
}

/** The counsellor's translations of free-text entries (agreed versions themselves stay unchanged). */
export interface UebersetzungRepository {
  /** Translations of one version into one language, by entry id. */
  forVersion(planVersionId: string, sprache: Sprache): Promise<Record<string, string>>;
  /** Adds or replaces the translation of one entry. */
  save(
    personId: string,
    u: { planVersionId: string; eintragId: string; sprache: Exclude<Sprache, "de">; text: string },
  ): Promise<void>;
}

export interface PortalRepositories {
  konten: KontoRepository;
  beteiligung: BeteiligungRepository;
  uebersetzungen: UebersetzungRepository;
  plaene: PlanRepository;
  personen: { get(id: string): Promise<Leistungsberechtigte | null> };
  stammdaten: StammdatenRepository;
  audit: { record(e: AuditEintrag): Promise<void> };
}

/** Dependencies of a recipient use case, bound to one transaction in the recipient's context. */
export interface PortalDeps {
  repos: PortalRepositories;
  akteur: PortalAkteur;
  clock: Clock;
  ids: Ids;
}

/** A staff use case that also reads or writes portal data. */
export interface PortalStaffDeps extends UseCaseDeps {
  portal: PortalRepositories;
}

export type { Sprache };
