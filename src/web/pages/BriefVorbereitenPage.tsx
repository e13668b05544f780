import type { FeldFehler } from "../feldFehler";
import type { Actor } from "../../application/ports";
import type { Schritt } from "../../domain/kooperationsplan/planInhalt";
import { ErrorSummary } from "../components/Alerts";
import { CsrfField, TextField, fehlerMap } from "../components/FormFields";
import { Layout } from "../components/Layout";
import { de } from "../translations/de";

export interface BriefVorbereitenPageProps {
  actor: Actor;
  csrfToken: string;
  personId: string;
  art: "aufforderung" | "verpflichtung";
  schritt: Schritt;
  action: string;
  werte: { datum?: string; frist?: string; nachweis?: string };
  errors?: FeldFehler[];
  meldung?: string;
}

const t = de.rechtsfolgen;

/** Form to prepare an Aufforderung or Verpflichtung from one step; works without JavaScript. */
export function BriefVorbereitenPage(props: BriefVorbereitenPageProps) {
  const f = fehlerMap(props.errors);
  const titel = t.vorbereiten.titel(t.briefArt[props.art]);
  return (
    <Layout titel={titel} actor={props.actor} csrfToken={props.csrfToken}>
      <p className="kern-body">
        <a className="kern-link" href={`/personen/${props.personId}`}>
          {t.zurPerson}
        </a>
      </p>
      <h1 className="kern-heading-large">{titel}</h1>
      <ErrorSummary errors={props.errors} meldung={props.meldung} />
      <h2 className="kern-heading-small">{t.vorbereiten.schritt}</h2>
      <p className="kern-body">{props.schritt.text}</p>
      <form method="post" action={props.action} className="kern-stack-md">
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="art" value={props.art} />
        <TextField
          name="datum"
          type="date"
          label={t.vorbereiten.datum}
          hint={t.vorbereiten.datumHilfe}
          value={props.werte.datum}
          error={f.datum}
        />
        <TextField
          name="frist"
          type="date"
          label={t.vorbereiten.frist}
          value={props.werte.frist}
          error={f.frist}
        />
        <TextField
          name="nachweis"
          label={t.vorbereiten.nachweis}
          hint={t.vorbereiten.nachweisHilfe}
          optional
          value={props.werte.nachweis}
          error={f.nachweis}
        />
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t.vorbereiten.absenden}</span>
        </button>
      </form>
    </Layout>
  );
}
