import { z } from "zod";
import { applyRegelOverrides, type RegelOverrideFehler } from "../../domain/rechtsfolgen/applyRegelOverrides";
import { RegelConfigSchema, type RegelBereich } from "../../domain/rechtsfolgen/regelConfig";
import { REGEL_DEFAULTS } from "../../domain/rechtsfolgen/regelDefaults";
import { ok, type DomainError, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { toOverrides } from "./loadRegelConfig";

const BEREICHE = Object.keys(RegelConfigSchema.shape) as [RegelBereich, ...RegelBereich[]];

/** A team lead corrects one S/U parameter (or resets it to the default with `wert: null`), with a reason. */
export const RegelOverrideInputSchema = z.object({
  bereich: z.enum(BEREICHE, { message: "choice" }),
  parameter: z.string().trim().min(1, { message: "required" }).max(60, { message: "max" }),
  wert: z.unknown().transform((w) => (w === undefined ? null : w)),
  grund: z.string().trim().min(1, { message: "required" }).max(500, { message: "max" }),
});
export type RegelOverrideInput = z.infer<typeof RegelOverrideInputSchema>;

/** A refused correction names every field error of `applyRegelOverrides`. */
export type RegelFehler = DomainError & { fehler?: RegelOverrideFehler[] };

function pruefe(
  overrides: Record<string, Record<string, unknown>>,
  input: RegelOverrideInput,
): RegelOverrideFehler[] {
  const standard = (REGEL_DEFAULTS[input.bereich] as Record<string, unknown>)[input.parameter];
  const wert = input.wert ?? standard;
  const neu = { ...overrides, [input.bereich]: { ...overrides[input.bereich], [input.parameter]: wert } };
  const geprueft = applyRegelOverrides(REGEL_DEFAULTS, neu);
  return geprueft.ok ? [] : geprueft.error;
}

/**
 * Validates the correction together with all others in force (`applyRegelOverrides`: only S/U parameters,
 * valid values), appends it to the history and writes an audit entry with the old and new value.
 */
export async function setRegelOverride(
  deps: UseCaseDeps,
  input: RegelOverrideInput,
): Promise<Result<true, RegelFehler>> {
  const allowed = await requireRecht(deps, "regeln.schreiben");
  if (!allowed.ok) return allowed;
  const repo = deps.repos.rechtsfolgen.regelOverrides;
  const aktuell = await repo.listAktuell();
  const fehler = pruefe(toOverrides(aktuell), input);
  if (fehler.length > 0)
    return { ok: false, error: { code: "rechtsfolgen.regel_ungueltig", feld: "wert", fehler } };
  const vorher =
    aktuell.find((a) => a.bereich === input.bereich && a.parameter === input.parameter)?.wert ?? null;
  await repo.record(input.bereich, input.parameter, input.wert, input.grund);
  await deps.repos.audit.record({
    aktion: "aendern",
    objekt: "regel_override",
    objektId: `${input.bereich}.${input.parameter}`,
    details: { vorher, nachher: input.wert },
  });
  return ok(true);
}
