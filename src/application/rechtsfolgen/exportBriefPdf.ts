import { ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { buildBriefDokument } from "./buildBriefDokument";
import type { BriefDokument, BriefRenderer } from "./ports";

/** Renders a letter as tagged PDF/UA; audited as an export of the person's data. */
export async function exportBriefPdf(
  deps: UseCaseDeps,
  renderer: BriefRenderer,
  briefId: string,
): Promise<Result<{ bytes: Uint8Array; dokument: BriefDokument }>> {
  const allowed = await requireRecht(deps, "person.lesen");
  if (!allowed.ok) return allowed;
  const dokument = await buildBriefDokument(deps, briefId);
  if (!dokument.ok) return dokument;
  const bytes = await renderer.renderBrief(dokument.value);
  await deps.repos.audit.record({
    aktion: "exportieren",
    objekt: "brief_pdf",
    objektId: briefId,
    personId: dokument.value.brief.personId,
    details: { art: dokument.value.brief.art },
  });
  return ok({ bytes, dokument: dokument.value });
}
