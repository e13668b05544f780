import type { ReactNode } from "react";
import type { FeldFehler } from "../feldFehler";
import { de } from "../translations/de";
import { fieldId } from "./FormFields";

/** One message of an error summary, linked to the element with id `href`. */
export interface SummaryEintrag {
  key: string;
  href: string;
  meldung: string;
}

/** Error summary at the top of a form, linking each message to its field (focus moves here). */
export function ErrorSummaryBox({
  titel,
  eintraege,
  meldung,
}: {
  titel: string;
  eintraege: readonly SummaryEintrag[];
  meldung?: string;
}) {
  if (!meldung && eintraege.length === 0) return null;
  return (
    <div className="kern-alert kern-alert--danger" role="alert" tabIndex={-1} id="fehler">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 className="kern-title">{titel}</h2>
      </div>
      <div className="kern-alert__body">
        {meldung && <p className="kern-body">{meldung}</p>}
        {eintraege.length > 0 && (
          <ul className="kern-list">
            {eintraege.map((e) => (
              <li key={e.key}>
                <a className="kern-link" href={e.href}>
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

/** The staff pages' error summary for field errors from the server. */
export function ErrorSummary({ errors, meldung }: { errors?: readonly FeldFehler[]; meldung?: string }) {
  const eintraege = (errors ?? []).map((e) => ({
    key: `${e.feld}-${e.code}`,
    href: `#${fieldId(e.feld)}`,
    meldung: e.meldung,
  }));
  return <ErrorSummaryBox titel={de.fehler.zusammenfassung} eintraege={eintraege} meldung={meldung} />;
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
