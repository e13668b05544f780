import { AREA_LABELS } from "../../domain/coding/areas";
import { ART_DER_SECTION } from "../../domain/assistent/eintragArten";
import { LIST_SECTIONS, type ListSection } from "../../domain/kooperationsplan/listSections";
import { searchVorlagen } from "../../domain/vorlagen/searchVorlagen";
import { assistent as t } from "../translations/assistent";

const MAX_TREFFER = 8;
const isSection = (s: string): s is ListSection => (LIST_SECTIONS as readonly string[]).includes(s);

function treffer(vorlageText: string, area: keyof typeof AREA_LABELS, value: string): HTMLLIElement {
  const li = document.createElement("li");
  li.className = "kp-vorlage";
  const p = document.createElement("p");
  p.className = "kern-body kern-body--small";
  const norm = document.createElement("span");
  norm.className = "kp-norm";
  norm.textContent = `(${AREA_LABELS[area]})`;
  p.append(`${vorlageText} `, norm);
  const button = document.createElement("button");
  button.type = "submit";
  button.name = "aktion";
  button.value = value;
  button.className = "kern-btn kern-btn--secondary kern-btn--x-small";
  button.setAttribute("aria-label", t.vorlageUebernehmenLabel(vorlageText));
  const label = document.createElement("span");
  label.className = "kern-label";
  label.textContent = t.vorlageUebernehmen;
  button.append(label);
  li.append(p, button);
  return li;
}

/**
 * Live template search: results follow the typing (same domain search as the server). Choosing one
 * still submits the form, so the server adds it, saves the draft and focuses the new entry.
 */
export function enhanceVorlagenSuche(form: HTMLFormElement, debounce: (fn: () => void) => () => void): void {
  const input = form.querySelector<HTMLInputElement>("input[name=vorlagenSuche]");
  const select = form.querySelector<HTMLSelectElement>("select[name=vorlagenAbschnitt]");
  const region = document.getElementById("vorlagen-treffer");
  const suchen = form.querySelector<HTMLButtonElement>("button[value=vorlagen-suchen]");
  if (!input || !select || !region) return;
  const update = () => {
    const abschnitt = isSection(select.value) ? select.value : "schritte";
    const query = input.value.trim();
    if (query === "") return region.replaceChildren();
    const liste = searchVorlagen(query, { kind: ART_DER_SECTION[abschnitt] }).slice(0, MAX_TREFFER);
    const anzahl = document.createElement("p");
    anzahl.className = "kern-body kern-body--small";
    anzahl.textContent = liste.length === 0 ? t.vorlagenKeine : t.vorlagenAnzahl(liste.length);
    const ul = document.createElement("ul");
    ul.className = "kp-vorlagen";
    ul.append(
      ...liste.map(({ vorlage }) =>
        treffer(vorlage.text, vorlage.area, `vorlage:${abschnitt}:${vorlage.id}`),
      ),
    );
    region.replaceChildren(anzahl, ul);
  };
  const later = debounce(update);
  input.addEventListener("input", later);
  select.addEventListener("change", update);
  // Enter in the search field searches (without script it saves the draft, like every text field).
  input.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    if (suchen) update();
  });
}
