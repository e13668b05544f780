import type { Actor } from "../../application/ports";
import { SPRACHEN } from "../../domain/person/leistungsberechtigte";
import type { FeldFehler } from "../feldFehler";
import { ErrorSummary } from "../components/Alerts";
import { CsrfField, SelectField, TextField, fehlerMap } from "../components/FormFields";
import { Layout } from "../components/Layout";
import { de } from "../translations/de";

export function PersonNeuPage(props: {
  actor: Actor;
  csrfToken: string;
  werte?: Record<string, string>;
  errors?: FeldFehler[];
}) {
  const f = fehlerMap(props.errors);
  const w = props.werte ?? {};
  const t = de.neuePerson;
  return (
    <Layout titel={t.titel} actor={props.actor} csrfToken={props.csrfToken}>
      <p className="kern-body">
        <a className="kern-link" href="/faelle">
          {de.faelle.titel}
        </a>
      </p>
      <h1 className="kern-heading-large">{t.titel}</h1>
      <ErrorSummary errors={props.errors} />
      <form method="post" action="/personen/neu" className="kern-stack-md kp-narrow">
        <CsrfField token={props.csrfToken} />
        <TextField name="vorname" label={t.vorname} value={w.vorname} error={f.vorname} autoComplete="off" />
        <TextField
          name="nachname"
          label={t.nachname}
          value={w.nachname}
          error={f.nachname}
          autoComplete="off"
        />
        <TextField
          name="geburtsdatum"
          type="date"
          label={t.geburtsdatum}
          value={w.geburtsdatum}
          error={f.geburtsdatum}
        />
        <TextField
          name="bgNummer"
          label={t.bgNummer}
          hint={t.bgNummerHinweis}
          value={w.bgNummer}
          error={f.bgNummer}
        />
        <TextField
          name="email"
          type="email"
          label={t.email}
          optional
          value={w.email}
          error={f.email}
          autoComplete="off"
        />
        <TextField
          name="telefon"
          type="tel"
          label={t.telefon}
          optional
          value={w.telefon}
          error={f.telefon}
          autoComplete="off"
        />
        <SelectField
          name="sprache"
          label={t.sprache}
          value={w.sprache ?? "de"}
          options={SPRACHEN.map((s) => [s, de.sprachen[s]] as const)}
          error={f.sprache}
        />
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t.speichern}</span>
        </button>
      </form>
    </Layout>
  );
}
