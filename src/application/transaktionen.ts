import type { AnmeldesperreRepository } from "./auth/anmeldesperren";
import type { EinwilligungRepository } from "./erinnerung/einwilligung";
import type { GefundenesAbo, KalenderAboRepository } from "./kalender/ports";
import type { PortalAkteur, PortalRepositories } from "./portal/ports";
import type { Actor, Repositories } from "./ports";

/** The repositories of one transaction in a staff member's row-level-security context. */
export interface FachkraftTransaktion {
  repos: Repositories;
  /** The portal tables as the counsellor sees them (no person context). */
  portal: () => PortalRepositories;
  anmeldesperren: () => AnmeldesperreRepository;
  /** The staff member's own calendar subscription. */
  kalenderAbos: () => KalenderAboRepository;
}

/** The repositories of one transaction in a recipient's context (their own person only). */
export interface EmpfaengerTransaktion {
  repos: PortalRepositories;
  /** The person's own calendar subscription. */
  kalenderAbos: () => KalenderAboRepository;
  /** The person's own choice of reminder e-mails (ADR 0024). */
  einwilligung: () => EinwilligungRepository;
}

/**
 * Opens transactions and binds the repositories to them: wired once in composition, reaching the routes
 * through `AppDeps`. A thrown error rolls the transaction back.
 */
export interface Transaktionen {
  alsFachkraft<T>(actor: Actor, fn: (tx: FachkraftTransaktion) => Promise<T>): Promise<T>;
  alsEmpfaenger<T>(akteur: PortalAkteur, fn: (tx: EmpfaengerTransaktion) => Promise<T>): Promise<T>;
  /** The live subscription behind a token hash (looked up before any tenant context exists). */
  findKalenderAbo(tokenHash: string): Promise<GefundenesAbo | null>;
  /** One query against the database (health check); names the kind of database. */
  pruefeDatenbank(): Promise<"pglite" | "postgres">;
}
