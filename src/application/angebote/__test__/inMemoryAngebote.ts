import type { Angebot } from "../../../domain/angebote/angebot";
import type { BudgetBindung } from "../../../domain/angebote/budgetStand";
import type { AngebotRepository, BudgetRepository } from "../ports";

/** In-memory offer catalogue for use-case tests. */
export function inMemoryAngebote(start: Angebot[] = []): AngebotRepository {
  const angebote = [...start];
  return {
    list: async () => structuredClone(angebote),
    get: async (id) => structuredClone(angebote.find((a) => a.id === id) ?? null),
    create: async (d) => {
      const a = { ...d, id: `angebot-${angebote.length + 1}` };
      angebote.push(a);
      return structuredClone(a);
    },
    update: async (id, d) => {
      const i = angebote.findIndex((a) => a.id === id);
      if (i < 0) return false;
      angebote[i] = { ...d, id };
      return true;
    },
  };
}

/** In-memory commitments for use-case tests (no locking needed: one caller at a time). */
export function inMemoryBudget(): BudgetRepository & { alle: (BudgetBindung & { frei?: string })[] } {
  const alle: (BudgetBindung & { frei?: string })[] = [];
  return {
    alle,
    aktiveBindungen: async () =>
      alle
        .filter((b) => !b.frei)
        .map((b) => ({
          angebotId: b.angebotId,
          planId: b.planId,
          eintragId: b.eintragId,
          betragCent: b.betragCent,
          am: b.am,
        })),
    sperren: async () => undefined,
    binden: async (planId, _versionId, am, bindungen) => {
      for (const b of bindungen) alle.push({ ...b, planId, am });
    },
    freigeben: async (planId, grund) => {
      const aktiv = alle.filter((b) => b.planId === planId && !b.frei);
      for (const b of aktiv) b.frei = grund;
      return aktiv.length;
    },
  };
}
