import { VORLAGEN } from "../vorlagen/katalog";
import type { Uebersetzungssprache, Vorlage } from "../vorlagen/vorlage";

interface Muster {
  vorlage: Vorlage;
  regex: RegExp;
  namen: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function kompiliere(vorlage: Vorlage): Muster {
  const namen: string[] = [];
  const teile = vorlage.text.split(/(\{\w+\})/);
  const quelle = teile
    .map((teil) => {
      const name = /^\{(\w+)\}$/.exec(teil)?.[1];
      if (!name) return escape(teil);
      namen.push(name);
      return "(.+?)";
    })
    .join("");
  return { vorlage, regex: new RegExp(`^${quelle}$`), namen };
}

let muster: Muster[] | null = null;

/**
 * The translation of a plan entry written from a catalogue template, with the filled-in values carried
 * over; null for free text (which stays German and is marked as such).
 */
export function uebersetzeEintrag(text: string, sprache: Uebersetzungssprache): string | null {
  muster ??= VORLAGEN.filter((v) => v.uebersetzungen).map(kompiliere);
  const sauber = text.trim();
  for (const m of muster) {
    const ziel = m.vorlage.uebersetzungen?.[sprache];
    const treffer = ziel ? m.regex.exec(sauber) : null;
    if (!ziel || !treffer) continue;
    const werte = new Map(m.namen.map((n, i) => [n, treffer[i + 1] ?? ""]));
    return ziel.replace(/\{(\w+)\}/g, (roh, name: string) => werte.get(name) ?? roh);
  }
  return null;
}
