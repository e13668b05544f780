import { ADRESSE_REGEL, KONTO_REGEL, normalisiereBenutzername } from "../../domain/anmeldung/anmeldeschutz";
import type { Clock } from "../ports";
import type {
  AnmeldeschutzStore,
  PasswordHasher,
  SchutzArt,
  SchutzZaehler,
  SitzungStore,
  TokenGenerator,
} from "./ports";
import { versuchBeginnen } from "./versuchBeginnen";

/** Idle timeout and absolute lifetime of a staff session. */
export const SITZUNG_LEERLAUF_MS = 30 * 60 * 1000;
export const SITZUNG_MAX_MS = 10 * 60 * 60 * 1000;

/** A fixed argon2id hash to verify against when the account does not exist (no timing oracle). */
export interface AnmeldenDeps {
  store: SitzungStore;
  schutz: AnmeldeschutzStore;
  hasher: PasswordHasher;
  tokens: TokenGenerator;
  clock: Clock;
  dummyHash: string;
  /** Demo accounts may log in (the app runs with demo data); default: no. */
  demoKonten?: boolean;
}

/** Why a login was refused: wrong data, or throttled (wait, or locked until an administrator lifts it). */
export type AnmeldenAbgelehnt =
  | { ok: false; grund: "falsch" }
  | { ok: false; grund: "warten"; wartenSekunden: number }
  | { ok: false; grund: "gesperrt" };

export type AnmeldenErgebnis = { ok: true; token: string; csrfToken: string } | AnmeldenAbgelehnt;

/** The throttle counters of a login: the normalised user name and the client address. */
export function anmeldeZaehler(
  tokens: TokenGenerator,
  art: Extract<SchutzArt, "mitarbeitende" | "portal">,
  benutzername: string,
  adresse: string,
  konto: { jobcenterId: string; kontoId: string } | null,
) {
  const kontoZaehler: SchutzZaehler = {
    art,
    schluessel: tokens.hash(`${art}:${normalisiereBenutzername(benutzername)}`),
    jobcenterId: konto?.jobcenterId ?? null,
    kontoId: konto?.kontoId ?? null,
  };
  const adresseZaehler: SchutzZaehler = { art: "adresse", schluessel: tokens.hash(`adresse:${adresse}`) };
  return {
    kontoZaehler,
    adresseZaehler,
    ziele: [
      { ...kontoZaehler, regel: KONTO_REGEL },
      { ...adresseZaehler, regel: ADRESSE_REGEL },
    ],
  };
}

/**
 * Checks user name and password; on success opens a server-side session. Every try first passes the
 * throttle per user name and per client address (ADR: Anmeldeschutz); a failure is audited.
 */
export async function anmelden(
  deps: AnmeldenDeps,
  benutzername: string,
  passwort: string,
  adresse: string,
): Promise<AnmeldenErgebnis> {
  const konto = await deps.store.findKonto(normalisiereBenutzername(benutzername));
  const { kontoZaehler, adresseZaehler, ziele } = anmeldeZaehler(
    deps.tokens,
    "mitarbeitende",
    benutzername,
    adresse,
    konto ? { jobcenterId: konto.jobcenterId, kontoId: konto.id } : null,
  );
  const versuch = await versuchBeginnen(deps, ziele);
  if (!versuch.ok)
    return versuch.gesperrt
      ? { ok: false, grund: "gesperrt" }
      : { ok: false, grund: "warten", wartenSekunden: versuch.wartenSekunden };
  const valid = await deps.hasher.verify(konto?.passwortHash ?? deps.dummyHash, passwort);
  const now = deps.clock.now();
  const demoGesperrt = konto?.demo === true && deps.demoKonten !== true;
  if (!konto || !konto.aktiv || !valid || demoGesperrt) {
    const grund = !konto || !valid ? "passwort" : demoGesperrt ? "demo" : "inaktiv";
    await deps.store.recordFehlversuch(konto?.id ?? null, grund, now);
    return { ok: false, grund: "falsch" };
  }
  await deps.schutz.zuruecksetzen([kontoZaehler]);
  await deps.schutz.erstatten([adresseZaehler]);
  const token = deps.tokens.token();
  const csrfToken = deps.tokens.token();
  await deps.store.create(
    konto,
    deps.tokens.hash(token),
    csrfToken,
    now,
    new Date(now.getTime() + SITZUNG_MAX_MS),
  );
  return { ok: true, token, csrfToken };
}
