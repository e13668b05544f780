import { err, ok, type Result } from "../../domain/shared/result";
import type { EntscheidungInput, RechtsfolgenEntscheidung } from "../../domain/verbindlichkeit/entscheidung";
import { pruefeEntscheidung } from "../../domain/verbindlichkeit/pruefeEntscheidung";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { today } from "../today";
import { computeVorschlag } from "./computeVorschlag";

/**
 * A member of staff decides: the proposal is recomputed for the chosen day of Feststellung and stored
 * with the decision (input and output of the engine), so every decision can be traced later.
 */
export async function decideRechtsfolge(
  deps: UseCaseDeps,
  ereignisId: string,
  input: EntscheidungInput,
): Promise<Result<RechtsfolgenEntscheidung>> {
  const allowed = await requireRecht(deps, "plan.schreiben");
  if (!allowed.ok) return allowed;
  const v = await computeVorschlag(deps, ereignisId, input.feststellungAm);
  if (!v.ok) return v;
  if (v.value.entscheidung) return err("rechtsfolgen.bereits_entschieden");
  const { fall, vorschlag, anhoerungen, personId } = v.value;
  const geprueft = pruefeEntscheidung(input, fall, vorschlag, anhoerungen.length > 0, today(deps.clock));
  if (!geprueft.ok) return geprueft;
  const entscheidung = await deps.repos.rechtsfolgen.entscheidungen.create(personId, {
    ereignisId,
    entscheidung: input.entscheidung,
    feststellungAm: input.feststellungAm,
    eingabe: fall,
    vorschlag,
    begruendung: input.begruendung,
  });
  await deps.repos.audit.record({
    aktion: "anlegen",
    objekt: "rechtsfolgen_entscheidung",
    objektId: entscheidung.id,
    personId,
    details: { entscheidung: input.entscheidung, prozent: vorschlag.prozent, monate: vorschlag.monate },
  });
  return ok(entscheidung);
}
