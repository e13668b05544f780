import type { Actor, Rolle } from "./ports";

/** What each role may do (need-to-know). Row-level security enforces the same again in PostgreSQL. */
const ERLAUBT = {
  "faelle.lesen": ["integrationsfachkraft", "teamleitung"],
  "person.lesen": ["integrationsfachkraft", "teamleitung"],
  "person.anlegen": ["integrationsfachkraft"],
  "plan.schreiben": ["integrationsfachkraft"],
  "gesundheit.lesen": ["integrationsfachkraft"],
  // The per-person access log: team lead and data-protection officer; the jobcentre-wide audit only
  // the data-protection officer. Administration reads no audit (it holds person ids). ADR 0011.
  "audit.lesen": ["teamleitung", "datenschutz"],
  "audit.jobcenter.lesen": ["datenschutz"],
  "regeln.lesen": ["integrationsfachkraft", "teamleitung"],
  "regeln.schreiben": ["teamleitung"],
  "angebote.lesen": ["integrationsfachkraft", "teamleitung"],
  "angebote.schreiben": ["teamleitung"],
  // Lockouts after too many failed logins: the administration sees and lifts them (no person data).
  "anmeldesperren.verwalten": ["admin"],
} as const satisfies Record<string, readonly Rolle[]>;

export type Recht = keyof typeof ERLAUBT;

export function darf(actor: Actor, recht: Recht): boolean {
  return (ERLAUBT[recht] as readonly Rolle[]).includes(actor.rolle);
}
