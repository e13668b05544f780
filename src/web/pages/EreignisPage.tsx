import type { FeldFehler } from "../feldFehler";
import type { Actor } from "../../application/ports";
import type { Vorschlag } from "../../application/rechtsfolgen/computeVorschlag";
import { formatGermanDate, type IsoDate } from "../../domain/shared/isoDate";
import { ANHOERUNG_FORMEN } from "../../domain/verbindlichkeit/anhoerung";
import { ErrorSummary, InfoAlert } from "../components/Alerts";
import { Checkbox, CsrfField, RadioGroup, TextArea, TextField, fehlerMap } from "../components/FormFields";
import { Layout } from "../components/Layout";
import { VorschlagView } from "../components/VorschlagView";
import { de } from "../translations/de";

export interface EreignisPageProps {
  actor: Actor;
  csrfToken: string;
  v: Vorschlag;
  feststellung: IsoDate;
  heute: IsoDate;
  errors?: FeldFehler[];
  meldung?: string;
  werte?: Record<string, string>;
}

const t = de.rechtsfolgen;
type P = EreignisPageProps & { f: Record<string, string | undefined>; w: Record<string, string> };

function Anhoerungen({ v, csrfToken, heute, f, w, werte, actor }: P) {
  return (
    <section aria-labelledby="anhoerung" className="kp-section">
      <h2 id="anhoerung" className="kern-heading-medium">
        {t.anhoerung.titel}
      </h2>
      {v.anhoerungen.length === 0 ? (
        <p className="kern-body">{t.anhoerung.keine}</p>
      ) : (
        <ul className="kern-list">
          {v.anhoerungen.map((a) => (
            <li key={a.id}>
              {formatGermanDate(a.am)}, {t.anhoerung.formen[a.form]}
              {a.wichtigerGrund ? ` · ${t.anhoerung.wichtigerGrund}` : ""}
              {a.haerte ? ` · ${t.anhoerung.haerte}` : ""}
              {a.ergebnis && ` – ${a.ergebnis}`}
            </li>
          ))}
        </ul>
      )}
      {v.persoenlichErforderlich && <InfoAlert titel={t.anhoerung.persoenlichPflicht} />}
      {actor.rolle === "integrationsfachkraft" && !v.entscheidung && (
        <form method="post" action={`/ereignisse/${v.ereignis.id}/anhoerungen`} className="kern-stack-md">
          <CsrfField token={csrfToken} />
          <TextField
            name="anhoerung.am"
            type="date"
            label={t.anhoerung.am}
            value={w["anhoerung.am"] ?? heute}
            error={f["anhoerung.am"]}
          />
          <RadioGroup
            name="anhoerung.form"
            label={t.anhoerung.form}
            value={w["anhoerung.form"] ?? "persoenlich"}
            error={f["anhoerung.form"]}
            options={ANHOERUNG_FORMEN.map((x) => [x, t.anhoerung.formen[x]] as const)}
          />
          <Checkbox
            name="anhoerung.persoenlichVerlangt"
            label={t.anhoerung.persoenlichVerlangt}
            checked={w["anhoerung.persoenlichVerlangt"] === "ja"}
          />
          <Checkbox
            name="anhoerung.wichtigerGrund"
            label={t.anhoerung.wichtigerGrund}
            checked={werte ? w["anhoerung.wichtigerGrund"] === "ja" : v.ereignis.wichtigerGrund}
          />
          <Checkbox
            name="anhoerung.haerte"
            label={t.anhoerung.haerte}
            checked={werte ? w["anhoerung.haerte"] === "ja" : v.ereignis.haerte}
          />
          <TextArea
            name="anhoerung.ergebnis"
            label={t.anhoerung.ergebnis}
            optional
            value={w["anhoerung.ergebnis"]}
            error={f["anhoerung.ergebnis"]}
          />
          <button type="submit" className="kern-btn kern-btn--secondary">
            <span className="kern-label">{t.anhoerung.speichern}</span>
          </button>
        </form>
      )}
    </section>
  );
}

function Entscheidung({ v, csrfToken, feststellung, f, w, actor }: P) {
  const e = v.entscheidung;
  return (
    <section aria-labelledby="entscheidung" className="kp-section">
      <h2 id="entscheidung" className="kern-heading-medium">
        {t.entscheidung.titel}
      </h2>
      {e ? (
        <p className="kern-body">
          <strong>{t.entscheidung.ergebnis[e.entscheidung]}</strong>{" "}
          {t.entscheidung.am(formatGermanDate(e.feststellungAm))}
          {e.begruendung && ` – ${e.begruendung}`}
        </p>
      ) : actor.rolle === "integrationsfachkraft" ? (
        <form method="post" action={`/ereignisse/${v.ereignis.id}/entscheidung`} className="kern-stack-md">
          <CsrfField token={csrfToken} />
          <RadioGroup
            name="entscheidung.entscheidung"
            label={t.entscheidung.entscheidung}
            value={
              w["entscheidung.entscheidung"] ??
              (v.vorschlag.minderung ? "festgestellt" : "nicht_festgestellt")
            }
            error={f["entscheidung.entscheidung"]}
            options={[
              ["festgestellt", t.entscheidung.festgestellt],
              ["nicht_festgestellt", t.entscheidung.nichtFestgestellt],
            ]}
          />
          <TextField
            name="entscheidung.feststellungAm"
            type="date"
            label={t.entscheidung.feststellungAm}
            value={w["entscheidung.feststellungAm"] ?? feststellung}
            error={f["entscheidung.feststellungAm"]}
          />
          <TextArea
            name="entscheidung.begruendung"
            label={t.entscheidung.begruendung}
            hint={t.entscheidung.begruendungHilfe}
            optional
            value={w["entscheidung.begruendung"]}
            error={f["entscheidung.begruendung"]}
          />
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t.entscheidung.speichern}</span>
          </button>
        </form>
      ) : null}
      {e &&
        e.entscheidung === "festgestellt" &&
        e.vorschlag.fristen.some((x) => x.art === "beratungsangebot_u25") &&
        e.u25AngebotAm === null &&
        actor.rolle === "integrationsfachkraft" && (
          <form method="post" action={`/entscheidungen/${e.id}/u25-angebot`} className="kern-stack-md">
            <CsrfField token={csrfToken} />
            <TextField
              name="u25.am"
              type="date"
              label={t.entscheidung.u25}
              value={feststellung}
              error={f["u25.am"]}
            />
            <button type="submit" className="kern-btn kern-btn--secondary">
              <span className="kern-label">{t.entscheidung.u25Speichern}</span>
            </button>
          </form>
        )}
    </section>
  );
}

/** One event: facts, hearing, the calculated proposal with every norm and tag, and the person's decision. */
export function EreignisPage(props: EreignisPageProps) {
  const { v } = props;
  const p: P = { ...props, f: fehlerMap(props.errors), w: props.werte ?? {} };
  const art = t.ereignis.bezeichnung(t.ereignis.arten[v.ereignis.art], v.ereignis.weigerungErklaert);
  const titel = `${art} am ${formatGermanDate(v.ereignis.datum)}`;
  const vorschlag = v.entscheidung ? v.entscheidung.vorschlag : v.vorschlag;
  return (
    <Layout titel={titel} actor={props.actor} csrfToken={props.csrfToken}>
      <p className="kern-body">
        <a className="kern-link" href={`/personen/${v.personId}/rechtsfolgen`}>
          {t.titel}: {v.personName}
        </a>
      </p>
      <h1 className="kern-heading-large">{titel}</h1>
      <ErrorSummary errors={props.errors} meldung={props.meldung} />
      <p className="kern-body">
        {v.ereignis.rechtsfolgenbelehrung ? t.ereignis.rfb : `${t.brief.ohneRfb}.`}
        {v.ereignis.beschreibung && ` – ${v.ereignis.beschreibung}`}
      </p>
      {v.ereignis.weigerungErklaert && (
        <p className="kern-body">{t.ereignis.weigerungAm(formatGermanDate(v.ereignis.datum))}</p>
      )}
      <Anhoerungen {...p} />
      <section aria-labelledby="vorschlag" className="kp-section">
        <h2 id="vorschlag" className="kern-heading-medium">
          {t.vorschlag.titel}
        </h2>
        <p className="kern-body">{t.vorschlag.hilfe}</p>
        {!v.entscheidung && (
          <form method="get" action={`/ereignisse/${v.ereignis.id}`} className="kern-stack-md">
            <TextField
              name="feststellung"
              type="date"
              label={t.vorschlag.feststellung}
              value={props.feststellung}
            />
            <button type="submit" className="kern-btn kern-btn--tertiary">
              <span className="kern-label">{t.vorschlag.neuBerechnen}</span>
            </button>
          </form>
        )}
        <VorschlagView vorschlag={vorschlag} />
      </section>
      <Entscheidung {...p} />
    </Layout>
  );
}
