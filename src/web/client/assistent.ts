/**
 * Live plan assistant, loaded only by the plan editor (`/assets/app/assistent.js`). It re-checks the
 * draft on every input with the same pure domain functions as the server and updates the hint regions
 * (aria-live="polite"); it never moves focus. Without it, the server-rendered hints stay as they are.
 */
import { checkPlanQualitaet } from "../../domain/assistent/checkPlanQualitaet";
import { AREA_LABELS } from "../../domain/coding/areas";
import type { Sprachniveau } from "../../domain/potenzialanalyse/potenzialanalyse";
import { editorQualitaet } from "../components/assistent/editorQualitaet";
import { eintragZeilen, regionId } from "../components/assistent/hinweisZeilen";
import { assistent as t } from "../translations/assistent";
import { debounce } from "./debounce";
import { readInhalt } from "./readInhalt";
import { renderPlan } from "./renderPlan";
import { renderRegion } from "./renderZeilen";
import { enhanceVorlagenSuche } from "./vorlagenLive";

function bereichSelect(form: HTMLFormElement, id: string): HTMLSelectElement | null {
  if (id === "berufsziel") return form.querySelector("select[name=berufszielBereich]");
  return document.getElementById(`eintrag-${id}`)?.querySelector("select[name$='.bereich']") ?? null;
}

function start(form: HTMLFormElement): void {
  const potenzialanalyse = form.dataset.sprachniveau
    ? {
        sprachniveauDeutsch: form.dataset.sprachniveau as Sprachniveau,
        gesundheitlicheEinschraenkung: form.dataset.gesundheit === "ja",
      }
    : undefined;
  const planRegion = document.getElementById("assistent-plan");
  const update = () => {
    const q = editorQualitaet(checkPlanQualitaet(readInhalt(form), { potenzialanalyse }));
    const seen = new Set<string>();
    for (const b of q.eintraege) {
      seen.add(regionId(b.id));
      const region = document.getElementById(regionId(b.id));
      if (region) renderRegion(region, eintragZeilen(b, q.spracheJeEintrag.get(b.id)));
      const auto = bereichSelect(form, b.id)?.querySelector<HTMLOptionElement>("option[value='']");
      const label = t.bereichAuto(AREA_LABELS[b.autoArea]);
      if (auto && auto.textContent !== label) auto.textContent = label;
    }
    for (const region of form.querySelectorAll<HTMLElement>(".kp-assistent"))
      if (!seen.has(region.id)) renderRegion(region, []);
    if (planRegion) renderPlan(planRegion, q);
  };
  const later = debounce(update);
  form.addEventListener("input", (event) => {
    const target = event.target as HTMLElement | null;
    if (target?.closest("[data-vorlagen]")) return;
    later();
  });
  form.addEventListener("change", (event) => {
    if ((event.target as HTMLElement | null)?.matches("select")) later();
  });
  enhanceVorlagenSuche(form, (fn) => debounce(fn));
}

const form = document.querySelector<HTMLFormElement>("form[data-plan-editor]");
if (form) start(form);
