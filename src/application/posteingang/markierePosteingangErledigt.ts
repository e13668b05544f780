import { istOffen } from "../../domain/posteingang/bestimmePosteingang";
import type { PosteingangErledigtInput } from "../../domain/posteingang/posteingang";
import { err, ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { ladePosteingang } from "./ladePosteingang";

/**
 * The counsellor marks one open item of their inbox done. Refused (`nicht_gefunden`) when the item is not
 * open for them today: another counsellor's person, an unknown key, or already done. One audit row.
 */
export async function markierePosteingangErledigt(
  deps: UseCaseDeps,
  input: PosteingangErledigtInput,
): Promise<Result<{ erledigt: true }>> {
  const allowed = await requireRecht(deps, "eingang.erledigen");
  if (!allowed.ok) return allowed;
  const person = await deps.repos.personen.get(input.personId);
  if (!person || person.betreuerId !== deps.actor.userId) return err("nicht_gefunden");
  if (!istOffen(await ladePosteingang(deps, [input.personId]), input)) return err("nicht_gefunden");
  await deps.repos.posteingang.markiereErledigt(input);
  await deps.repos.audit.record({
    aktion: "anlegen",
    objekt: "posteingang_erledigt",
    personId: input.personId,
    details: { art: input.art },
  });
  return ok({ erledigt: true });
}
