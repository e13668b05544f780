import type { AuftragArt, AuftragEntwurf, ErinnerungsLage } from "../../domain/erinnerung/planung";
import type { Sprache } from "../../domain/person/leistungsberechtigte";
import type { IsoDate } from "../../domain/shared/isoDate";

/** A job the runner holds: claimed with a lease until `beanspruchtBis` (ADR 0024). */
export interface BeanspruchterAuftrag {
  id: string;
  art: AuftragArt;
  jobcenterId: string;
  empfaenger: AuftragEntwurf["empfaenger"];
  payload: Record<string, string>;
  /** Attempts including this one; also the fencing token for marking. */
  versuche: number;
  /** Deterministic from the job id: a resend after a crash carries the same Message-ID. */
  messageId: string;
}

/** The job queue: one port, a PostgreSQL table behind it (same SQL on PGlite). */
export interface AuftragQueue {
  /** Inserts the jobs whose key is new; returns how many were new. */
  einreihen(auftraege: AuftragEntwurf[], jetzt: Date): Promise<number>;
  /** Claims the oldest due job (planned, or in work with an expired lease) with `FOR UPDATE SKIP LOCKED`. */
  beanspruchen(jetzt: Date, leaseMs: number): Promise<BeanspruchterAuftrag | null>;
  /** Marks sent, only if this claim (same attempt) still holds the job. */
  markiereGesendet(auftrag: BeanspruchterAuftrag, jetzt: Date): Promise<boolean>;
  /** Nothing to send (opted out, no address): the job ends without a message. */
  markiereEntfallen(auftrag: BeanspruchterAuftrag, grund: string): Promise<void>;
  /** Sending failed: back to planned at `naechsterVersuch`, or failed for good after the last attempt. */
  markiereFehler(auftrag: BeanspruchterAuftrag, fehler: string, naechsterVersuch: Date | null): Promise<void>;
}

/** What the planner needs to know, read across jobcentres by the maintenance connection. */
export interface ErinnerungsQuelle {
  lage(heute: IsoDate): Promise<ErinnerungsLage>;
}

/** Where a job goes, resolved at send time (so a later opt-out is respected). */
export type Adressat =
  | { art: "person"; email: string; sprache: Sprache }
  | { art: "mitarbeiter"; email: string; bgNummer: string | null };

export interface AdressatQuelle {
  /** null: nothing to send (opted out, no address, account or staff member inactive). */
  finde(auftrag: BeanspruchterAuftrag): Promise<Adressat | null>;
}

export interface Mail {
  an: string;
  betreff: string;
  text: string;
  messageId: string;
}

export interface MailVersand {
  senden(mail: Mail): Promise<void>;
}

/** Builds the message text: only the fixed sentence and a link (data minimisation). */
export type MailTexte = (auftrag: BeanspruchterAuftrag, adressat: Adressat) => Omit<Mail, "messageId">;
