import type { Actor } from "../../application/ports";
import { ErrorSummary } from "../components/Alerts";
import { CsrfField } from "../components/FormFields";
import { Layout } from "../components/Layout";
import { de } from "../translations/de";

const t = de.fortschreibung.verwerfen;

export interface EntwurfVerwerfenPageProps {
  actor: Actor;
  csrfToken: string;
  personId: string;
  planId: string;
  nummer: number;
  lockVersion: number;
  meldung?: string;
}

/** Asks before a review draft is discarded; the form carries the lock version it was shown with. */
export function EntwurfVerwerfenPage(props: EntwurfVerwerfenPageProps) {
  return (
    <Layout titel={t.titel} actor={props.actor} csrfToken={props.csrfToken}>
      <h1 className="kern-heading-large">{t.titel}</h1>
      <ErrorSummary meldung={props.meldung} />
      <p className="kern-body">{t.frage(props.nummer)}</p>
      <form
        method="post"
        action={`/plaene/${props.planId}/versionen/${props.nummer}/verwerfen`}
        className="kp-actions"
      >
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="lockVersion" value={props.lockVersion} />
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t.bestaetigen}</span>
        </button>
        <a className="kern-btn kern-btn--secondary" href={`/personen/${props.personId}`}>
          <span className="kern-label">{t.abbrechen}</span>
        </a>
      </form>
    </Layout>
  );
}
