import type { Angebot } from "../../../domain/angebote/angebot";
import type { AngebotRepository } from "../ports";

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
