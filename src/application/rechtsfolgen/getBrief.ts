import { ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { buildBriefDokument } from "./buildBriefDokument";
import type { BriefDokument } from "./ports";

/** Reads a letter with everything printed on it. Audited as a read. */
export async function getBrief(deps: UseCaseDeps, briefId: string): Promise<Result<BriefDokument>> {
  const allowed = await requireRecht(deps, "person.lesen");
  if (!allowed.ok) return allowed;
  const dokument = await buildBriefDokument(deps, briefId);
  if (!dokument.ok) return dokument;
  await deps.repos.audit.record({
    aktion: "lesen",
    objekt: "brief",
    objektId: briefId,
    personId: dokument.value.brief.personId,
  });
  return ok(dokument.value);
}
