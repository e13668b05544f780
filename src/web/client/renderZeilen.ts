import type { Zeile } from "../components/assistent/hinweisZeilen";

/** The text a region shows for these lines (same as the server-rendered markup's textContent). */
const textOf = (zeilen: readonly Zeile[]) =>
  zeilen.map((z) => (z.titel ? `${z.titel} ${z.text}` : z.text)).join("");

/** Paragraphs for hint lines, as `Zeilen.tsx` renders them on the server. */
export function zeilenNodes(zeilen: readonly Zeile[]): HTMLElement[] {
  return zeilen.map((z) => {
    const p = document.createElement("p");
    p.className = `kern-body kern-body--small kp-zeile kp-zeile--${z.art}`;
    if (z.titel) {
      const strong = document.createElement("strong");
      strong.textContent = `${z.titel} `;
      p.append(strong);
    }
    p.append(z.text);
    return p;
  });
}

/**
 * Replaces a live region's content only when its text changes, so screen readers announce real
 * changes only (aria-live="polite"); focus is never moved.
 */
export function renderRegion(region: HTMLElement, zeilen: readonly Zeile[]): void {
  if (region.textContent === textOf(zeilen)) return;
  region.replaceChildren(...zeilenNodes(zeilen));
}
