import { AngebotInputSchema, type AngebotInput } from "../../../../application/angebote/angebotInput";
import { parseEuroCent } from "../../../../domain/angebote/euro";
import { ZIEL_BEREICHE } from "../../../../domain/qualitaet/bereiche";
import { de } from "../../../../web/translations/de";
import { feldFehler, type FeldFehler } from "../../problem";

const t = de.assistent.katalog;

/**
 * Reads the team lead's offer form: amounts in euros (German notation) become cents, the area
 * checkboxes a list. Returns the input or field errors in plain German (nothing is stored then).
 */
export function angebotFromForm(
  werte: Record<string, string>,
): { ok: true; value: AngebotInput } | { ok: false; errors: FeldFehler[] } {
  const errors: FeldFehler[] = [];
  const rest = parseEuroCent(werte.restbudget ?? "");
  const kosten = parseEuroCent(werte.kostenProFall ?? "");
  if (rest === "ungueltig") errors.push({ feld: "restbudget", code: "ungueltig", meldung: t.euroUngueltig });
  if (kosten === "ungueltig" || kosten === 0)
    errors.push({ feld: "kostenProFall", code: "ungueltig", meldung: t.kostenUngueltig });
  const parsed = AngebotInputSchema.safeParse({
    typ: werte.typ,
    titel: werte.titel ?? "",
    beschreibung: werte.beschreibung || undefined,
    traeger: werte.traeger || undefined,
    bereiche: ZIEL_BEREICHE.filter((b) => werte[`bereich_${b}`] === "ja"),
    restbudgetCent: typeof rest === "number" ? rest : null,
    kostenProFallCent: typeof kosten === "number" && kosten > 0 ? kosten : null,
    aktiv: werte.aktiv === "ja",
  });
  if (!parsed.success) errors.push(...feldFehler(parsed.error.issues));
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}
