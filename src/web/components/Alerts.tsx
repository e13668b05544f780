import type { ReactNode } from "react";
import type { FeldFehler } from "../../adapters/http/problem";
import { de } from "../translations/de";
import { fieldId } from "./FormFields";

/** Error summary at the top of a form, linking each message to its field (focus moves here). */
export function ErrorSummary({ errors, meldung }: { errors?: readonly FeldFehler[]; meldung?: string }) {
  if (!meldung && (!errors || errors.length === 0)) return null;
  return (
    <div className="kern-alert kern-alert--danger" role="alert" tabIndex={-1} id="fehler">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 className="kern-title">{de.fehler.zusammenfassung}</h2>
      </div>
      <div className="kern-alert__body">
        {meldung && <p className="kern-body">{meldung}</p>}
        {errors && errors.length > 0 && (
          <ul className="kern-list">
            {errors.map((e) => (
              <li key={`${e.feld}-${e.code}`}>
                <a className="kern-link" href={`#${fieldId(e.feld)}`}>
                  {e.meldung}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

export function SuccessAlert({ text }: { text: string }) {
  return (
    <div className="kern-alert kern-alert--success" role="status">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--success" aria-hidden="true" />
        <p className="kern-title">{text}</p>
      </div>
    </div>
  );
}

export function InfoAlert({ titel, children }: { titel: string; children?: ReactNode }) {
  return (
    <div className="kern-alert kern-alert--info" role="note">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--info" aria-hidden="true" />
        <p className="kern-title">{titel}</p>
      </div>
      {children && <div className="kern-alert__body">{children}</div>}
    </div>
  );
}
