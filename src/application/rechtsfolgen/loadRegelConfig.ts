import { applyRegelOverrides } from "../../domain/rechtsfolgen/applyRegelOverrides";
import { type RegelConfig } from "../../domain/rechtsfolgen/regelConfig";
import { REGEL_DEFAULTS } from "../../domain/rechtsfolgen/regelDefaults";
import type { UseCaseDeps } from "../ports";
import type { RegelOverride } from "./ports";

/** `[{bereich, parameter, wert}]` → `{ bereich: { parameter: wert } }`, leaving out resets (`wert` null). */
export function toOverrides(zeilen: readonly RegelOverride[]): Record<string, Record<string, unknown>> {
  const result: Record<string, Record<string, unknown>> = {};
  for (const z of zeilen) if (z.wert !== null) (result[z.bereich] ??= {})[z.parameter] = z.wert;
  return result;
}

/**
 * The jobcentre's rules: defaults from RULES.md with its corrections of S/U parameters. Corrections were
 * validated when saved; should a stored one no longer validate (rules changed), the defaults apply.
 */
export async function loadRegelConfig(deps: UseCaseDeps): Promise<RegelConfig> {
  const zeilen = await deps.repos.rechtsfolgen.regelOverrides.listAktuell();
  const config = applyRegelOverrides(REGEL_DEFAULTS, toOverrides(zeilen));
  return config.ok ? config.value : REGEL_DEFAULTS;
}
