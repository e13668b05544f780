/**
 * Login throttling as a pure rule (issue 10): consecutive failures per key (user name, client address,
 * second factor) give a growing wait, and for accounts a lockout that only an administrator lifts.
 * A try is counted as a failure before the password is checked, so parallel tries cannot slip through.
 */
export interface SchutzStand {
  fehlversuche: number;
  letzterFehler: Date | null;
  gesperrtSeit: Date | null;
}

export interface SchutzRegel {
  /** Failures without any wait. */
  frei: number;
  /** From this many consecutive failures the key is locked until an administrator lifts it; null: never. */
  sperreAb: number | null;
  /** The wait doubles from one second up to this cap. */
  maxWarteMs: number;
  /** Failures older than this are forgotten; null: only success or an administrator resets them. */
  vergessenNachMs: number | null;
}

const MINUTE = 60_000;

/** A user name (staff or portal): 4 free tries, then 1 s, 2 s, 4 s, ...; locked after 10 failures. */
export const KONTO_REGEL: SchutzRegel = {
  frei: 4,
  sperreAb: 10,
  maxWarteMs: 15 * MINUTE,
  vergessenNachMs: null,
};
/** The TOTP codes of one portal account, across its sessions: 5 free (one session ends after 5 itself). */
export const TOTP_REGEL: SchutzRegel = { ...KONTO_REGEL, frei: 5 };
/** A client address: many people may share one (a jobcentre's NAT), so no lockout and failures age out. */
export const ADRESSE_REGEL: SchutzRegel = {
  frei: 20,
  sperreAb: null,
  maxWarteMs: 15 * MINUTE,
  vergessenNachMs: 60 * MINUTE,
};
/** Wrong codes after which a half-logged-in portal session ends. */
export const TOTP_VERSUCHE_JE_SITZUNG = 5;

export const LEER: SchutzStand = { fehlversuche: 0, letzterFehler: null, gesperrtSeit: null };

/** The wait after `fehlversuche` consecutive failures. */
export function wartezeitMs(regel: SchutzRegel, fehlversuche: number): number {
  if (fehlversuche <= regel.frei) return 0;
  return Math.min(1000 * 2 ** Math.min(fehlversuche - regel.frei - 1, 30), regel.maxWarteMs);
}

function aktuell(regel: SchutzRegel, stand: SchutzStand, now: Date): SchutzStand {
  if (stand.gesperrtSeit || regel.vergessenNachMs === null || !stand.letzterFehler) return stand;
  return now.getTime() - stand.letzterFehler.getTime() > regel.vergessenNachMs ? LEER : stand;
}

export type Entscheidung =
  { erlaubt: true; neu: SchutzStand } | { erlaubt: false; gesperrt: boolean; wartenMs: number };

/**
 * Decides a new try at `now`: refused while locked or waiting (nothing is counted then), otherwise
 * allowed, with the try already counted as a failure in `neu` (reset it on success).
 */
export function entscheideVersuch(regel: SchutzRegel, stand: SchutzStand, now: Date): Entscheidung {
  const s = aktuell(regel, stand, now);
  if (s.gesperrtSeit) return { erlaubt: false, gesperrt: true, wartenMs: 0 };
  const warten = wartezeitMs(regel, s.fehlversuche);
  const frei = s.letzterFehler && warten > 0 ? s.letzterFehler.getTime() + warten : 0;
  if (frei > now.getTime()) return { erlaubt: false, gesperrt: false, wartenMs: frei - now.getTime() };
  const fehlversuche = s.fehlversuche + 1;
  const gesperrt = regel.sperreAb !== null && fehlversuche >= regel.sperreAb;
  return { erlaubt: true, neu: { fehlversuche, letzterFehler: now, gesperrtSeit: gesperrt ? now : null } };
}

/** After a success: the try counted in advance is given back (an address keeps its other failures). */
export function erstatteVersuch(stand: SchutzStand): SchutzStand {
  return { ...stand, fehlversuche: Math.max(0, stand.fehlversuche - 1) };
}

/** The key of a user name: Unicode-normalised, trimmed, lower case (the same person, the same counter). */
export function normalisiereBenutzername(benutzername: string): string {
  return benutzername.normalize("NFKC").trim().toLowerCase();
}
