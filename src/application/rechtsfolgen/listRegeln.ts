import { REGEL_PARAMETER, type ParameterInfo } from "../../domain/rechtsfolgen/regelParameter";
import type { RegelBereich } from "../../domain/rechtsfolgen/regelConfig";
import { REGEL_DEFAULTS } from "../../domain/rechtsfolgen/regelDefaults";
import { ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type { UseCaseDeps } from "../ports";
import { loadRegelConfig } from "./loadRegelConfig";
import type { RegelOverride } from "./ports";

export interface RegelZeile extends ParameterInfo {
  bereich: RegelBereich;
  parameter: string;
  standard: unknown;
  wert: unknown;
  /** The latest correction (also a reset), if any. */
  korrektur: RegelOverride | null;
}

/** Every tunable parameter with norm, tag, default, the value in force and its latest correction. */
export async function listRegeln(deps: UseCaseDeps): Promise<Result<RegelZeile[]>> {
  const allowed = await requireRecht(deps, "regeln.lesen");
  if (!allowed.ok) return allowed;
  const config = await loadRegelConfig(deps);
  const korrekturen = await deps.repos.rechtsfolgen.regelOverrides.listAktuell();
  const zeilen = (Object.keys(REGEL_PARAMETER) as RegelBereich[]).flatMap((bereich) =>
    Object.entries(REGEL_PARAMETER[bereich] as Record<string, ParameterInfo>).map(([parameter, info]) => ({
      ...info,
      bereich,
      parameter,
      standard: (REGEL_DEFAULTS[bereich] as Record<string, unknown>)[parameter],
      wert: (config[bereich] as Record<string, unknown>)[parameter],
      korrektur: korrekturen.find((k) => k.bereich === bereich && k.parameter === parameter) ?? null,
    })),
  );
  await deps.repos.audit.record({
    aktion: "lesen",
    objekt: "regel_override",
    details: { anzahl: korrekturen.length },
  });
  return ok(zeilen);
}
