import type { IsoDate } from "../../domain/shared/isoDate";
import type { Rechtsstand } from "../../domain/rechtsstand/rechtsstandAm";
import type { RegelBereich } from "../../domain/rechtsfolgen/regelConfig";
import type { Anhoerung, AnhoerungInput } from "../../domain/verbindlichkeit/anhoerung";
import type { Brief, BriefArt } from "../../domain/verbindlichkeit/brief";
import type { RechtsfolgenEntscheidung } from "../../domain/verbindlichkeit/entscheidung";
import type { EreignisInput, RechtsfolgenEreignis } from "../../domain/verbindlichkeit/ereignis";
import type {
  Schlichtung,
  SchlichtungStartInput,
  Beendigung,
} from "../../domain/verbindlichkeit/schlichtung";

/** What a new letter row holds; ids, status and timestamps come from the database. */
export interface NeuerBrief {
  art: BriefArt;
  rechtsstand: Rechtsstand;
  planVersionId: string | null;
  schrittId: string | null;
  datum: IsoDate;
  schrittText: string;
  frist: IsoDate | null;
  nachweis: string;
  rechtsfolgenText: string;
  rechtsbehelfText: string;
  mitRechtsfolgenbelehrung: boolean;
  ersteEinladung: boolean;
  terminOrt: string;
}

export interface BriefRepository {
  list(personId: string): Promise<Brief[]>;
  get(id: string): Promise<Brief | null>;
  create(personId: string, brief: NeuerBrief): Promise<Brief>;
  /** Marks a draft as sent; false when it was not a draft any more. */
  markVersandt(id: string, am: IsoDate): Promise<boolean>;
}

export interface SchlichtungRepository {
  list(personId: string): Promise<Schlichtung[]>;
  get(id: string): Promise<Schlichtung | null>;
  create(personId: string, input: SchlichtungStartInput, spaetestesEnde: IsoDate): Promise<Schlichtung>;
  end(id: string, am: IsoDate, beendigung: Beendigung, ergebnis: string): Promise<Schlichtung>;
}

export interface EreignisRepository {
  list(personId: string): Promise<RechtsfolgenEreignis[]>;
  get(id: string): Promise<RechtsfolgenEreignis | null>;
  create(personId: string, input: EreignisInput): Promise<RechtsfolgenEreignis>;
}

export interface AnhoerungRepository {
  listForPerson(personId: string): Promise<Anhoerung[]>;
  create(personId: string, ereignisId: string, input: AnhoerungInput): Promise<Anhoerung>;
}

export type NeueEntscheidung = Omit<RechtsfolgenEntscheidung, "id" | "erstelltAm" | "u25AngebotAm">;

export interface EntscheidungRepository {
  listForPerson(personId: string): Promise<RechtsfolgenEntscheidung[]>;
  get(id: string): Promise<(RechtsfolgenEntscheidung & { personId: string }) | null>;
  create(personId: string, entscheidung: NeueEntscheidung): Promise<RechtsfolgenEntscheidung>;
  recordU25Angebot(id: string, am: IsoDate): Promise<void>;
}

/** One correction of an S/U parameter; `wert` null means "back to the default". */
export interface RegelOverride {
  bereich: RegelBereich;
  parameter: string;
  wert: unknown;
  grund: string;
  geaendertVon: string | null;
  geaendertAm: string;
}

export interface RegelOverrideRepository {
  /** The latest row per parameter (including resets). */
  listAktuell(): Promise<RegelOverride[]>;
  record(bereich: RegelBereich, parameter: string, wert: unknown, grund: string): Promise<void>;
}

/** Repositories of issue 4, bound to the same transaction as the others. */
export interface RechtsfolgenRepositories {
  briefe: BriefRepository;
  schlichtungen: SchlichtungRepository;
  ereignisse: EreignisRepository;
  anhoerungen: AnhoerungRepository;
  entscheidungen: EntscheidungRepository;
  regelOverrides: RegelOverrideRepository;
}

/** Everything printed on a letter (tagged PDF/UA). */
export interface BriefDokument {
  brief: Brief;
  jobcenter: { name: string; anschrift: string };
  person: { name: string; bgNummer: string };
  betreuung: { name: string; telefon: string; email: string };
  /** The plan version the letter refers to. */
  plan: { versionNummer: number; abgestimmtAm: IsoDate } | null;
  lang: string;
}

export interface BriefRenderer {
  renderBrief(doc: BriefDokument): Promise<Uint8Array>;
}
