import type { PlanQualitaet } from "../../domain/assistent/checkPlanQualitaet";
import { planZeilen } from "../components/assistent/hinweisZeilen";
import { assistent as t } from "../translations/assistent";
import { zeilenNodes } from "./renderZeilen";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Rebuilds the plan-level hints (same markup as `PlanAssistent.tsx`) when their text changed. */
export function renderPlan(region: HTMLElement, q: PlanQualitaet): void {
  const nodes: HTMLElement[] = [
    ...zeilenNodes(planZeilen(q)),
    el("h3", "kern-title kern-title--small", t.vollstaendigTitel),
  ];
  if (q.vollstaendigkeit.length === 0) nodes.push(el("p", "kern-body kern-body--small", t.vollstaendig));
  else {
    const ul = el("ul", "kern-list kp-vollstaendigkeit");
    for (const h of q.vollstaendigkeit) {
      const li = el("li", "kern-body kern-body--small");
      li.dataset.code = h.code;
      li.append(`${h.text} `, el("span", "kp-norm", `(${h.norm})`), ` ${t.beispiel} „${h.example}“`);
      ul.append(li);
    }
    nodes.push(ul);
  }
  const text = nodes.map((n) => n.textContent).join("");
  if (region.textContent !== text) region.replaceChildren(...nodes);
}
