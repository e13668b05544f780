import type { Potenzialanalyse, PotenzialanalyseInput } from "../../domain/potenzialanalyse/potenzialanalyse";
import { err, ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";

/** Records a Potenzialanalyse (§ 15 Abs. 1 SGB II). Earlier analyses stay as history. */
export async function recordPotenzialanalyse(
  deps: UseCaseDeps,
  personId: string,
  input: PotenzialanalyseInput,
): Promise<Result<Potenzialanalyse>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  if (!(await deps.repos.personen.get(personId))) return err("nicht_gefunden");
  const pa = await deps.repos.potenzialanalysen.create(personId, input);
  await deps.repos.audit.record({
    aktion: "anlegen",
    objekt: "potenzialanalyse",
    objektId: pa.id,
    personId,
    // Art. 9 data was written; the answer itself never goes into the audit log (team lead reads it).
    details: { art9: true },
  });
  return ok(pa);
}
