import type { FeldFehler } from "../feldFehler";
import type { Actor } from "../../application/ports";
import type { RegelZeile } from "../../application/rechtsfolgen/listRegeln";
import { formatGermanDate } from "../../domain/shared/isoDate";
import { ErrorSummary, InfoAlert, SuccessAlert } from "../components/Alerts";
import { CsrfField, TextField, fehlerMap } from "../components/FormFields";
import { Layout } from "../components/Layout";
import { de } from "../translations/de";

export interface RegelnPageProps {
  actor: Actor;
  csrfToken: string;
  regeln: RegelZeile[];
  gespeichert?: boolean;
  errors?: FeldFehler[];
  werte?: Record<string, string>;
}

const t = de.rechtsfolgen.regeln;
const zeigen = (w: unknown) => JSON.stringify(w);

function Regel({ r, props }: { r: RegelZeile; props: RegelnPageProps }) {
  const key = `${r.bereich}.${r.parameter}`;
  const f = fehlerMap(props.errors);
  const korrigierbar = r.tag !== "V" && props.actor.rolle === "teamleitung";
  const w = props.werte?.key === key ? props.werte : {};
  return (
    <li className="kern-stack-md" id={`regel-${r.bereich}-${r.parameter}`}>
      <p className="kern-body">
        <strong>{r.beschreibung}</strong> ({key})
      </p>
      <p className="kern-body">
        {t.norm}: {r.norm} · {t.kennzeichen}:{" "}
        <abbr title={de.rechtsfolgen.vorschlag.tags[r.tag]}>{r.tag}</abbr> · {t.standard}:{" "}
        {zeigen(r.standard)} · {t.wert}: <strong>{zeigen(r.wert)}</strong>
      </p>
      {r.korrektur && (
        <p className="kern-body kern-body--small">
          {t.korrigiert(formatGermanDate(r.korrektur.geaendertAm.slice(0, 10)), r.korrektur.grund)}
        </p>
      )}
      {korrigierbar && (
        <form method="post" action="/regeln" className="kern-stack-md">
          <CsrfField token={props.csrfToken} />
          <input type="hidden" name="key" value={key} />
          <TextField
            name={`${key}.wert`}
            label={`${t.neuerWert}: ${r.beschreibung}`}
            hint={t.neuerWertHilfe}
            optional
            value={w.wert}
            error={f[`${key}.wert`]}
          />
          <TextField
            name={`${key}.grund`}
            label={`${t.grund}: ${r.beschreibung}`}
            value={w.grund}
            error={f[`${key}.grund`]}
          />
          <button type="submit" className="kern-btn kern-btn--secondary">
            <span className="kern-label">{t.speichern}</span>
          </button>
        </form>
      )}
    </li>
  );
}

/** Team-lead page: correct S/U rule parameters with a reason; V parameters are shown, not editable. */
export function RegelnPage(props: RegelnPageProps) {
  const bereiche = [...new Set(props.regeln.map((r) => r.bereich))];
  return (
    <Layout titel={t.titel} actor={props.actor} csrfToken={props.csrfToken}>
      <h1 className="kern-heading-large">{t.titel}</h1>
      <ErrorSummary errors={props.errors} />
      {props.gespeichert && <SuccessAlert text={t.gespeichert} />}
      <p className="kern-body">{t.hilfe}</p>
      {props.actor.rolle !== "teamleitung" && <InfoAlert titel={t.nurTeamleitung} />}
      {bereiche.map((b) => (
        <section key={b} aria-labelledby={`bereich-${b}`} className="kp-section">
          <h2 id={`bereich-${b}`} className="kern-heading-medium">
            {b}
          </h2>
          <ul className="kern-list">
            {props.regeln
              .filter((r) => r.bereich === b)
              .map((r) => (
                <Regel key={r.parameter} r={r} props={props} />
              ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
