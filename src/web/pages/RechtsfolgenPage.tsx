import type { FeldFehler } from "../feldFehler";
import type { Actor } from "../../application/ports";
import type { Zeitleiste } from "../../application/rechtsfolgen/getZeitleiste";
import { EREIGNISSE } from "../../domain/rechtsfolgen/rechtsfolgenFall";
import { formatGermanDate, type IsoDate } from "../../domain/shared/isoDate";
import { schlichtungStatus, type Schlichtung } from "../../domain/verbindlichkeit/schlichtung";
import { ErrorSummary, InfoAlert } from "../components/Alerts";
import {
  Checkbox,
  CsrfField,
  RadioGroup,
  SelectField,
  TextArea,
  TextField,
  fehlerMap,
} from "../components/FormFields";
import { Layout } from "../components/Layout";
import { ZeitleisteSection } from "../components/ZeitleisteSection";
import { de } from "../translations/de";

export interface RechtsfolgenPageProps {
  actor: Actor;
  csrfToken: string;
  personName: string;
  zeitleiste: Zeitleiste;
  /** Was a plan version agreed under the Bürgergeld law (Schlichtung possible for that time)? */
  altesRecht: boolean;
  heute: IsoDate;
  errors?: FeldFehler[];
  meldung?: string;
  werte?: Record<string, string>;
}

const t = de.rechtsfolgen;
type FormProps = RechtsfolgenPageProps & { f: Record<string, string | undefined>; w: Record<string, string> };

function Einladung({ zeitleiste, csrfToken, heute, f, w }: FormProps) {
  return (
    <section aria-labelledby="einladung" className="kp-section">
      <h2 id="einladung" className="kern-heading-medium">
        {t.einladung.titel}
      </h2>
      <form method="post" action={`/personen/${zeitleiste.personId}/einladungen`} className="kern-stack-md">
        <CsrfField token={csrfToken} />
        <TextField
          name="einladung.datum"
          type="date"
          label={t.einladung.datum}
          value={w["einladung.datum"] ?? heute}
          error={f["einladung.datum"]}
        />
        <TextField
          name="einladung.terminAm"
          type="date"
          label={t.einladung.terminAm}
          value={w["einladung.terminAm"]}
          error={f["einladung.terminAm"]}
        />
        <TextField
          name="einladung.terminOrt"
          label={t.einladung.terminOrt}
          value={w["einladung.terminOrt"]}
          error={f["einladung.terminOrt"]}
        />
        <Checkbox
          name="einladung.ersteEinladung"
          label={t.einladung.erste}
          checked={w["einladung.ersteEinladung"] === "ja"}
        />
        <Checkbox
          name="einladung.mitRechtsfolgenbelehrung"
          label={t.einladung.mitRfb}
          hint={t.einladung.mitRfbHilfe}
          checked={w["einladung.mitRechtsfolgenbelehrung"] === "ja"}
          error={f["einladung.mitRechtsfolgenbelehrung"]}
        />
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-label">{t.einladung.absenden}</span>
        </button>
      </form>
    </section>
  );
}

function SchlichtungEintrag({ s, props }: { s: Schlichtung; props: FormProps }) {
  const status = schlichtungStatus(s, props.heute);
  const schreiben = props.actor.rolle === "integrationsfachkraft";
  return (
    <li>
      <p className="kern-body">
        {t.schlichtung.zeitraum(formatGermanDate(s.beginn), formatGermanDate(s.spaetestesEnde))} ·{" "}
        {s.schlichterName} · {t.schlichtung.beantragtVon} {t.schlichtung.von[s.beantragtVon]} ·{" "}
        <strong>{t.schlichtung.status[status]}</strong>
        {s.beendigung &&
          ` (${t.schlichtung.beendigung[s.beendigung]}${s.beendetAm ? `, ${formatGermanDate(s.beendetAm)}` : ""})`}
        {s.ergebnis && ` – ${s.ergebnis}`}
      </p>
      {schreiben && status === "laeuft" && (
        <form method="post" action={`/schlichtungen/${s.id}/ende`} className="kern-stack-md">
          <CsrfField token={props.csrfToken} />
          <TextField
            name="ende.am"
            type="date"
            label={t.schlichtung.ende}
            value={props.w["ende.am"] ?? props.heute}
            error={props.f["ende.am"]}
          />
          <RadioGroup
            name="ende.einigung"
            label={t.schlichtung.einigung}
            value={props.w["ende.einigung"] ?? "ja"}
            options={[
              ["ja", t.schlichtung.einigungJa],
              ["nein", t.schlichtung.einigungNein],
            ]}
          />
          <TextArea
            name="ende.ergebnis"
            label={t.schlichtung.ergebnis}
            optional
            value={props.w["ende.ergebnis"]}
            error={props.f["ende.ergebnis"]}
          />
          <button type="submit" className="kern-btn kern-btn--secondary">
            <span className="kern-label">{t.schlichtung.beenden}</span>
          </button>
        </form>
      )}
      {schreiben && status === "abgelaufen" && (
        <form method="post" action={`/schlichtungen/${s.id}/ablauf`} className="kp-inline-form">
          <CsrfField token={props.csrfToken} />
          <button type="submit" className="kern-btn kern-btn--tertiary">
            <span className="kern-label">{t.schlichtung.ablaufEintragen}</span>
          </button>
        </form>
      )}
    </li>
  );
}

function Schlichtungen(props: FormProps) {
  const { zeitleiste, csrfToken, f, w } = props;
  const schreiben = props.actor.rolle === "integrationsfachkraft";
  return (
    <section aria-labelledby="schlichtung" className="kp-section">
      <h2 id="schlichtung" className="kern-heading-medium">
        {t.schlichtung.titel}
      </h2>
      <p className="kern-body">{t.schlichtung.hilfe}</p>
      {zeitleiste.rechtsstandHeute === "2026-07" && <InfoAlert titel={t.schlichtung.nichtMehr} />}
      {zeitleiste.schlichtungen.length > 0 && (
        <ul className="kern-list">
          {zeitleiste.schlichtungen.map((s) => (
            <SchlichtungEintrag key={s.id} s={s} props={props} />
          ))}
        </ul>
      )}
      {schreiben && (
        <form
          method="post"
          action={`/personen/${zeitleiste.personId}/schlichtungen`}
          className="kern-stack-md"
        >
          <CsrfField token={csrfToken} />
          <RadioGroup
            name="schlichtung.beantragtVon"
            label={t.schlichtung.beantragtVon}
            value={w["schlichtung.beantragtVon"] ?? "person"}
            error={f["schlichtung.beantragtVon"]}
            options={[
              ["person", t.schlichtung.von.person],
              ["jobcenter", t.schlichtung.von.jobcenter],
            ]}
          />
          <TextField
            name="schlichtung.schlichterName"
            label={t.schlichtung.schlichterName}
            value={w["schlichtung.schlichterName"]}
            error={f["schlichtung.schlichterName"]}
          />
          <TextField
            name="schlichtung.beginn"
            type="date"
            label={t.schlichtung.beginn}
            value={w["schlichtung.beginn"]}
            error={f["schlichtung.beginn"]}
          />
          <button type="submit" className="kern-btn kern-btn--secondary">
            <span className="kern-label">{t.schlichtung.starten}</span>
          </button>
        </form>
      )}
    </section>
  );
}

function EreignisForm({ zeitleiste, csrfToken, heute, f, w, werte }: FormProps) {
  const briefe = zeitleiste.briefe.filter((b) => b.mitRechtsfolgenbelehrung);
  return (
    <section aria-labelledby="ereignis" className="kp-section">
      <h2 id="ereignis" className="kern-heading-medium">
        {t.ereignis.titel}
      </h2>
      {zeitleiste.ereignisse.length > 0 && (
        <ul className="kern-list">
          {zeitleiste.ereignisse.map((e) => (
            <li key={e.id}>
              <a className="kern-link" href={`/ereignisse/${e.id}`}>
                {formatGermanDate(e.datum)}:{" "}
                {t.ereignis.bezeichnung(t.ereignis.arten[e.art], e.weigerungErklaert)} – {t.ereignis.oeffnen}
              </a>
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={`/personen/${zeitleiste.personId}/ereignisse`} className="kern-stack-md">
        <CsrfField token={csrfToken} />
        <SelectField
          name="ereignis.art"
          label={t.ereignis.art}
          value={w["ereignis.art"]}
          error={f["ereignis.art"]}
          options={EREIGNISSE.map((a) => [a, t.ereignis.arten[a]] as const)}
        />
        <TextField
          name="ereignis.datum"
          type="date"
          label={t.ereignis.datum}
          value={w["ereignis.datum"] ?? heute}
          error={f["ereignis.datum"]}
        />
        <SelectField
          name="ereignis.briefId"
          label={t.ereignis.brief}
          optional
          value={w["ereignis.briefId"]}
          error={f["ereignis.briefId"]}
          options={[
            ["", t.ereignis.keinBrief] as const,
            ...briefe.map((b) => [b.id, `${t.briefArt[b.art]} vom ${formatGermanDate(b.datum)}`] as const),
          ]}
        />
        <Checkbox
          name="ereignis.rechtsfolgenbelehrung"
          label={t.ereignis.rfb}
          checked={werte ? w["ereignis.rechtsfolgenbelehrung"] === "ja" : true}
        />
        <Checkbox
          name="ereignis.weigerungErklaert"
          label={t.ereignis.weigerung}
          hint={t.ereignis.weigerungHilfe}
          checked={w["ereignis.weigerungErklaert"] === "ja"}
          error={f["ereignis.weigerungErklaert"]}
        />
        <TextArea
          name="ereignis.beschreibung"
          label={t.ereignis.beschreibung}
          optional
          value={w["ereignis.beschreibung"]}
          error={f["ereignis.beschreibung"]}
        />
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t.ereignis.speichern}</span>
        </button>
      </form>
    </section>
  );
}

/** A person's obligations and consequences: timeline, invitation, Schlichtung (old law), events. */
export function RechtsfolgenPage(props: RechtsfolgenPageProps) {
  const schreiben = props.actor.rolle === "integrationsfachkraft";
  const formProps: FormProps = { ...props, f: fehlerMap(props.errors), w: props.werte ?? {} };
  return (
    <Layout titel={`${t.titel}: ${props.personName}`} actor={props.actor} csrfToken={props.csrfToken}>
      <p className="kern-body">
        <a className="kern-link" href={`/personen/${props.zeitleiste.personId}`}>
          {t.zurPerson}
        </a>
      </p>
      <h1 className="kern-heading-large">
        {t.titel}: {props.personName}
      </h1>
      <ErrorSummary errors={props.errors} meldung={props.meldung} />
      <ZeitleisteSection zeitleiste={props.zeitleiste} />
      {(props.altesRecht || props.zeitleiste.schlichtungen.length > 0) && <Schlichtungen {...formProps} />}
      {schreiben && <EreignisForm {...formProps} />}
      {schreiben && <Einladung {...formProps} />}
    </Layout>
  );
}
