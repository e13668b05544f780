import type { PlanQualitaet } from "../../../domain/assistent/checkPlanQualitaet";
import { assistent as t } from "../../translations/assistent";
import { planZeilen } from "./hinweisZeilen";
import { Zeilen } from "./Zeilen";

/** Hints for the whole plan: readability, plain language and completeness (§ 15 Abs. 2 SGB II). */
export function PlanAssistent({ q }: { q: PlanQualitaet }) {
  return (
    <section className="kp-plan-assistent" aria-labelledby="assistent-titel">
      <h2 className="kern-heading-small" id="assistent-titel">
        {t.titel}
      </h2>
      <p className="kern-body kern-body--small">{t.einleitung}</p>
      <div id="assistent-plan" aria-live="polite">
        <Zeilen zeilen={planZeilen(q)} />
        <h3 className="kern-title kern-title--small">{t.vollstaendigTitel}</h3>
        {q.vollstaendigkeit.length === 0 ? (
          <p className="kern-body kern-body--small">{t.vollstaendig}</p>
        ) : (
          <ul className="kern-list kp-vollstaendigkeit">
            {q.vollstaendigkeit.map((h) => (
              <li key={h.code} className="kern-body kern-body--small" data-code={h.code}>
                {h.text} <span className="kp-norm">({h.norm})</span> {t.beispiel} „{h.example}“
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
