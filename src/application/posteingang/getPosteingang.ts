import type { EingangEintrag } from "../../domain/posteingang/posteingang";
import { teamUebersicht, type TeamGruppe } from "../../domain/posteingang/teamUebersicht";
import { ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { today } from "../today";
import { ladePosteingang } from "./ladePosteingang";

export interface Posteingang {
  /** The counsellor's own items, or the team's (team lead). */
  eintraege: EingangEintrag[];
  /** Team lead only: the items grouped by counsellor with the age of the oldest; otherwise null. */
  team: TeamGruppe[] | null;
}

/** The inbox (Posteingang): what needs the counsellor, or the team lead's view of the team. One audit row. */
export async function getPosteingang(deps: UseCaseDeps): Promise<Result<Posteingang>> {
  const allowed = await requireRecht(deps, "faelle.lesen");
  if (!allowed.ok) return allowed;
  const eintraege = await ladePosteingang(deps);
  const team = deps.actor.rolle === "teamleitung" ? teamUebersicht(eintraege, today(deps.clock)) : null;
  await deps.repos.audit.record({
    aktion: "lesen",
    objekt: "posteingang",
    details: { anzahl: eintraege.length, personen: new Set(eintraege.map((e) => e.personId)).size },
  });
  return ok({ eintraege, team });
}
