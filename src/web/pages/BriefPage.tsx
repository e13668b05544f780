import type { FeldFehler } from "../feldFehler";
import type { Actor } from "../../application/ports";
import type { BriefDokument } from "../../application/rechtsfolgen/ports";
import { formatGermanDate, type IsoDate } from "../../domain/shared/isoDate";
import { ErrorSummary, InfoAlert } from "../components/Alerts";
import { CsrfField, TextField, fehlerMap } from "../components/FormFields";
import { Layout } from "../components/Layout";
import { de } from "../translations/de";

export interface BriefPageProps {
  actor: Actor;
  csrfToken: string;
  dokument: BriefDokument;
  heute: IsoDate;
  errors?: FeldFehler[];
  meldung?: string;
}

const t = de.rechtsfolgen;

function Zeile({ k, v }: { k: string; v: string }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{k}</dt>
      <dd className="kern-description-list-item__value">{v || "–"}</dd>
    </div>
  );
}

/** A letter: preview of everything printed on it, PDF download, and "mark as sent". */
export function BriefPage(props: BriefPageProps) {
  const { brief, plan } = props.dokument;
  const f = fehlerMap(props.errors);
  const titel = t.briefArt[brief.art];
  const schreiben = props.actor.rolle === "integrationsfachkraft";
  const belehrung = brief.rechtsfolgenText.split("\n").filter(Boolean);
  return (
    <Layout titel={titel} actor={props.actor} csrfToken={props.csrfToken}>
      <p className="kern-body">
        <a className="kern-link" href={`/personen/${brief.personId}/rechtsfolgen`}>
          {t.titel}
        </a>
      </p>
      <h1 className="kern-heading-large">
        {titel}: {props.dokument.person.name}
      </h1>
      <ErrorSummary errors={props.errors} meldung={props.meldung} />
      <InfoAlert
        titel={
          brief.versandtAm
            ? t.brief.versandtHinweis(formatGermanDate(brief.versandtAm))
            : t.brief.entwurfHinweis
        }
      />
      <div className="kp-actions">
        <a className="kern-btn kern-btn--secondary" href={`/briefe/${brief.id}/pdf`} download>
          <span className="kern-label">{t.brief.pdf}</span>
        </a>
      </div>
      <section aria-labelledby="vorschau" className="kp-section kern-card">
        <div className="kern-card__container">
          <div className="kern-card__body">
            <h2 id="vorschau" className="kern-heading-medium">
              {t.brief.vorschau}
            </h2>
            <dl className="kern-description-list">
              <Zeile k={t.brief.datum} v={formatGermanDate(brief.datum)} />
              {plan && (
                <Zeile
                  k={de.person.plan}
                  v={t.brief.plan(plan.versionNummer, formatGermanDate(plan.abgestimmtAm))}
                />
              )}
              {brief.art === "einladung" ? (
                <>
                  <Zeile k={t.brief.termin} v={brief.frist ? formatGermanDate(brief.frist) : ""} />
                  <Zeile k={t.brief.ort} v={brief.terminOrt} />
                </>
              ) : (
                <>
                  <Zeile k={t.brief.schritt} v={brief.schrittText} />
                  <Zeile k={t.brief.frist} v={brief.frist ? formatGermanDate(brief.frist) : ""} />
                  <Zeile k={t.brief.nachweis} v={brief.nachweis} />
                </>
              )}
            </dl>
            <h3 className="kern-heading-small">{t.brief.rechtsfolgen}</h3>
            {brief.mitRechtsfolgenbelehrung ? (
              <ul className="kern-list">
                {belehrung.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            ) : (
              <p className="kern-body">{t.brief.ohneRfb}</p>
            )}
            <h3 className="kern-heading-small">{t.brief.rechtsbehelf}</h3>
            <p className="kern-body">{brief.rechtsbehelfText}</p>
          </div>
        </div>
      </section>
      {brief.status === "entwurf" && schreiben && (
        <form method="post" action={`/briefe/${brief.id}/versand`} className="kern-stack-md">
          <CsrfField token={props.csrfToken} />
          <TextField name="am" type="date" label={t.brief.versandtAm} value={props.heute} error={f.am} />
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t.brief.versenden}</span>
          </button>
        </form>
      )}
    </Layout>
  );
}
