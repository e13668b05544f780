import { compareIsoDate, type IsoDate } from "../../domain/shared/isoDate";
import { err, ok, type Result } from "../../domain/shared/result";
import type { Brief } from "../../domain/verbindlichkeit/brief";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { today } from "../today";

/** Records that a draft letter was sent on `am`; a sent letter never changes again. */
export async function markBriefVersandt(
  deps: UseCaseDeps,
  briefId: string,
  am: IsoDate,
): Promise<Result<Brief>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  const brief = await deps.repos.rechtsfolgen.briefe.get(briefId);
  if (!brief) return err("nicht_gefunden");
  if (brief.status !== "entwurf") return err("rechtsfolgen.brief_versandt");
  if (compareIsoDate(am, brief.datum) < 0) return err("rechtsfolgen.versand_vor_brief", "am");
  if (compareIsoDate(am, today(deps.clock)) > 0) return err("rechtsfolgen.datum_in_zukunft", "am");
  if (!(await deps.repos.rechtsfolgen.briefe.markVersandt(briefId, am)))
    return err("rechtsfolgen.brief_versandt");
  await deps.repos.audit.record({
    aktion: "aendern",
    objekt: "brief",
    objektId: briefId,
    personId: brief.personId,
    details: { status: "versandt" },
  });
  return ok({ ...brief, status: "versandt", versandtAm: am });
}
