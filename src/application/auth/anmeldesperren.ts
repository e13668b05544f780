import { err, ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";

/** A locked login of the jobcentre: a staff account (with its name) or a recipient's portal account. */
export interface Anmeldesperre {
  kontoId: string;
  art: "mitarbeitende" | "portal" | "totp";
  /** Staff only; a portal account is shown without person data. */
  benutzername: string | null;
  fehlversuche: number;
  gesperrtSeit: string;
}

export interface AnmeldesperreRepository {
  listGesperrt(): Promise<Anmeldesperre[]>;
  /** Sets the account's counters back to zero; the kinds that were reset (empty: none of this jobcentre). */
  aufheben(kontoId: string): Promise<string[]>;
}

export type AnmeldesperrenDeps = UseCaseDeps & { anmeldesperren: AnmeldesperreRepository };

/** The administration's list of locked logins. */
export async function listAnmeldesperren(deps: AnmeldesperrenDeps): Promise<Result<Anmeldesperre[]>> {
  const allowed = await requireRecht(deps, "anmeldesperren.verwalten");
  if (!allowed.ok) return allowed;
  return ok(await deps.anmeldesperren.listGesperrt());
}

/** Lifts a lockout (and any growing wait) of one account; audited with the kinds lifted. */
export async function hebeAnmeldesperreAuf(deps: AnmeldesperrenDeps, kontoId: string): Promise<Result<true>> {
  const allowed = await requireRecht(deps, "anmeldesperren.verwalten");
  if (!allowed.ok) return allowed;
  const arten = await deps.anmeldesperren.aufheben(kontoId);
  if (arten.length === 0) return err("nicht_gefunden");
  await deps.repos.audit.record({
    aktion: "aendern",
    objekt: "anmeldesperre",
    objektId: kontoId,
    details: { aufgehoben: arten },
  });
  return ok(true);
}
