import type { AbgelaufeneFrist } from "../../domain/kooperationsplan/fristen";
import { formatGermanDate, type IsoDate } from "../../domain/shared/isoDate";
import { de } from "../translations/de";
import { AlleFristenButton, FristAktionButtons } from "./FristAktionen";
import { CsrfField, fieldId } from "./FormFields";

const t = de.fortschreibung.fristen;

/**
 * On the preview of a draft: every deadline before the agreement date, each with "renew" and "done",
 * and "renew all" (issue 9: a review does not hand over stale deadlines).
 */
export function AbgelaufeneFristen(props: {
  fristen: readonly AbgelaufeneFrist[];
  stichtag: IsoDate;
  action: string;
  csrfToken: string;
  lockVersion: number;
}) {
  if (props.fristen.length === 0) return null;
  return (
    <section aria-labelledby="abgelaufene-fristen" className="kp-section kern-alert kern-alert--warning">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <h2 id="abgelaufene-fristen" className="kern-title">
          {t.titel}
        </h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{t.hinweis}</p>
        <form method="post" action={props.action} className="kern-stack-md">
          <CsrfField token={props.csrfToken} />
          <input type="hidden" name="lockVersion" value={props.lockVersion} />
          <ul className="kp-items">
            {props.fristen.map((f) => (
              <li
                key={f.schritt.id}
                className="kp-item"
                id={fieldId(`schritte.${f.index}.frist`)}
                tabIndex={-1}
              >
                <p className="kern-body">
                  <strong>{t.schritt(f.index + 1)}:</strong> {f.schritt.text}
                </p>
                <p className="kern-body">{t.abgelaufen(formatGermanDate(f.schritt.frist))}</p>
                <FristAktionButtons frist={f} stichtag={props.stichtag} />
              </li>
            ))}
          </ul>
          {props.fristen.length > 1 && <AlleFristenButton />}
        </form>
      </div>
    </section>
  );
}
