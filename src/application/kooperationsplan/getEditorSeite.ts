import { ok, type Result } from "../../domain/shared/result";
import { getAssistentKontext, type AssistentKontext } from "../angebote/getAssistentKontext";
import { collectAudit } from "../audit/collectAudit";
import type { UseCaseDeps } from "../ports";
import { getPlanSeite, type PlanSeite } from "./getPlanSeite";

export interface EditorSeite extends PlanSeite {
  kontext: AssistentKontext;
}

/**
 * The editor page: the plan page and the assistant's context (the latest Potenzialanalyse), read in
 * one request with one audit row, the version's read. When the assistant used a Potenzialanalyse, the
 * row names it and whether its health flag was visible (Art. 9 DSGVO), as its own row would have.
 */
export async function getEditorSeite(
  deps: UseCaseDeps,
  planId: string,
  nummer: number,
): Promise<Result<EditorSeite>> {
  const schritte = collectAudit(deps);
  const seite = await getPlanSeite(schritte.deps, planId, nummer);
  if (!seite.ok) return seite;
  const kontext = await getAssistentKontext(schritte.deps, seite.value.akte.personId);
  if (!kontext.ok) return kontext;
  const [gelesen, ...weitere] = schritte.eintraege;
  const analyse = weitere.find((e) => e.objekt === "potenzialanalyse");
  if (gelesen)
    await deps.repos.audit.record({
      ...gelesen,
      details: {
        ...gelesen.details,
        ...(analyse && { potenzialanalyse: analyse.objektId, ...analyse.details }),
      },
    });
  return ok({ ...seite.value, kontext: kontext.value });
}
