import type { PortalEingang } from "../../../application/portal/getPortalEingang";
import type { Actor } from "../../../application/ports";
import { isRtl, LANG_TAG } from "../../../domain/portal/portalSprache";
import { formatGermanDate } from "../../../domain/shared/isoDate";
import { Layout } from "../../components/Layout";
import { portalDe } from "../translations/de";
import { formatZeit } from "../components/formatZeit";

const t = {
  titel: (name: string) => `Portal: ${name}`,
  zugang: "Zugang für das Portal",
  keinZugang: "Die Person hat noch keinen Zugang zum Portal.",
  aktiv: (name: string, seit: string) => `Aktiv seit ${seit} (Benutzername ${name}).`,
  offen: (bis: string) => `Aktivierungscode ausgegeben, gültig bis ${bis}, noch nicht benutzt.`,
  einrichten: "Zugang für das Portal einrichten",
  neuerCode: "Neuen Aktivierungscode erzeugen",
  grund: "Grund für das Zurücksetzen (Pflicht)",
  grundHilfe:
    "Ein neuer Code setzt den eingerichteten Zugang zurück: Alle Sitzungen der Person enden, sie erfährt es im Portal, und der Grund steht im Protokoll.",
  vorschlaege: "Vorschläge",
  schritte: "Gemeldete Schritte",
  bewerbungen: "Bewerbungen",
  nachweise: "Nachweise",
  empfang: "Empfang bestätigt",
  keine: "Keine.",
  uebernehmen: "In den nächsten Plan übernehmen",
  ablehnen: "Ablehnen",
  ergebnis: "Antwort an die Person (freiwillig)",
  oeffnen: "Öffnen",
  zurPerson: "Zurück zur Person",
  schlichter: "Schlichterin oder Schlichter (unbeteiligte Person)",
  schlichtungBeginn: "Beginn der Schlichtung",
  schlichtungStarten: "Schlichtung beginnen (von der Person beantragt)",
  uebersetzungen: "Übersetzungen für das Portal",
  uebersetzungenHinweis: (nummer: number, sprache: string) =>
    `Diese Texte aus Version ${nummer} gibt es nur auf Deutsch. Schreiben Sie eine Übersetzung in ${sprache}. ` +
    "Die Person sieht sie im Portal statt des deutschen Textes, mit dem Hinweis „Übersetzung durch das Jobcenter“.",
  keineFreitexte: "Alle Texte des Plans gibt es schon in der Sprache der Person.",
  uebersetzungVon: (text: string) => `Übersetzung von „${text}“`,
  uebersetzungSpeichern: "Übersetzung speichern",
  zuVersion: (nummer: number) => `zu Version ${nummer}`,
  sprachen: { "de-LS": "Leichter Sprache", en: "Englisch", ar: "Arabisch", uk: "Ukrainisch", tr: "Türkisch" },
} as const;

export interface PortalEingangPageProps {
  actor: Actor;
  csrfToken: string;
  eingang: PortalEingang;
  /** Default start of a Schlichtung the person asked for. */
  heute: string;
}

/** A Schlichtung the person asked for: the counsellor names the conciliator and the start. */
function SchlichtungStarten(props: PortalEingangPageProps & { vorschlagId: string }) {
  const { eingang, csrfToken, vorschlagId, heute } = props;
  const basis = `/personen/${eingang.personId}/portal/vorschlaege/${vorschlagId}`;
  return (
    <>
      <form method="post" action={`${basis}/schlichtung`} className="kern-stack-sm">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`schlichter-${vorschlagId}`}>
            {t.schlichter}
          </label>
          <input
            className="kern-form-input__input"
            id={`schlichter-${vorschlagId}`}
            name="schlichterName"
            required
          />
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`beginn-${vorschlagId}`}>
            {t.schlichtungBeginn}
          </label>
          <input
            className="kern-form-input__input"
            id={`beginn-${vorschlagId}`}
            name="beginn"
            type="date"
            defaultValue={heute}
            required
          />
        </div>
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t.schlichtungStarten}</span>
        </button>
      </form>
      <form method="post" action={basis}>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <input type="hidden" name="ergebnis" value="" />
        <button type="submit" name="entscheidung" value="ablehnen" className="kern-btn kern-btn--secondary">
          <span className="kern-label">{t.ablehnen}</span>
        </button>
      </form>
    </>
  );
}

function Vorschlaege(props: PortalEingangPageProps & { schreiben: boolean }) {
  const { eingang, csrfToken, schreiben } = props;
  const v = portalDe.vorschlaege;
  if (eingang.vorschlaege.length === 0) return <p className="kern-body">{t.keine}</p>;
  return (
    <ul className="kp-portal-schritte">
      {eingang.vorschlaege.map((x) => (
        <li key={x.id} className="kp-portal-schritt">
          <p className="kern-body">
            <strong>{v.arten[x.art]}:</strong> {x.text} ({formatZeit(x.eingereichtAm)})
          </p>
          <p className="kern-body">
            Status: {x.uebernommenIn ? v.uebernommenIn(x.uebernommenIn) : v.status[x.status]}
            {x.ergebnis && ` – ${x.ergebnis}`}
          </p>
          {schreiben && x.status === "offen" && x.art === "schlichtung" && (
            <SchlichtungStarten {...props} vorschlagId={x.id} />
          )}
          {schreiben && x.status === "offen" && x.art !== "schlichtung" && (
            <form
              method="post"
              action={`/personen/${eingang.personId}/portal/vorschlaege/${x.id}`}
              className="kern-stack-sm"
            >
              <input type="hidden" name="_csrf" value={csrfToken} />
              <div className="kern-form-input">
                <label className="kern-label" htmlFor={`ergebnis-${x.id}`}>
                  {t.ergebnis}
                </label>
                <input className="kern-form-input__input" id={`ergebnis-${x.id}`} name="ergebnis" />
              </div>
              <button
                type="submit"
                name="entscheidung"
                value="uebernehmen"
                className="kern-btn kern-btn--primary"
              >
                <span className="kern-label">{t.uebernehmen}</span>
              </button>{" "}
              <button
                type="submit"
                name="entscheidung"
                value="ablehnen"
                className="kern-btn kern-btn--secondary"
              >
                <span className="kern-label">{t.ablehnen}</span>
              </button>
            </form>
          )}
        </li>
      ))}
    </ul>
  );
}

function Uebersetzungen({ eingang, csrfToken, schreiben }: PortalEingangPageProps & { schreiben: boolean }) {
  const f = eingang.freitexte;
  if (!f) return null;
  return (
    <section aria-labelledby="uebersetzungen" className="kp-section">
      <h2 id="uebersetzungen" className="kern-heading-medium">
        {t.uebersetzungen}
      </h2>
      {f.eintraege.length === 0 ? (
        <p className="kern-body">{t.keineFreitexte}</p>
      ) : (
        <p className="kern-body">{t.uebersetzungenHinweis(f.nummer, t.sprachen[f.sprache])}</p>
      )}
      <ul className="kp-portal-schritte">
        {f.eintraege.map((e) => (
          <li key={e.id} className="kp-portal-schritt">
            {schreiben ? (
              <form
                method="post"
                action={`/personen/${eingang.personId}/portal/uebersetzungen`}
                className="kern-stack-sm"
              >
                <input type="hidden" name="_csrf" value={csrfToken} />
                <input type="hidden" name="planVersionId" value={f.planVersionId} />
                <input type="hidden" name="eintragId" value={e.id} />
                <div className="kern-form-input">
                  <label className="kern-label" htmlFor={`ue-${e.id}`}>
                    {t.uebersetzungVon(e.text)}
                  </label>
                  <textarea
                    className="kern-form-input__input"
                    id={`ue-${e.id}`}
                    name="text"
                    rows={2}
                    maxLength={1000}
                    required
                    lang={LANG_TAG[f.sprache]}
                    dir={isRtl(f.sprache) ? "rtl" : "ltr"}
                    defaultValue={e.uebersetzung ?? ""}
                  />
                </div>
                <button type="submit" className="kern-btn kern-btn--secondary">
                  <span className="kern-label">{t.uebersetzungSpeichern}</span>
                </button>
              </form>
            ) : (
              <p className="kern-body">
                {e.text}
                {e.uebersetzung && (
                  <>
                    {" – "}
                    <span lang={LANG_TAG[f.sprache]} dir={isRtl(f.sprache) ? "rtl" : "ltr"}>
                      {e.uebersetzung}
                    </span>
                  </>
                )}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The counsellor's queue of what came back from the recipient's portal. */
export function PortalEingangPage(props: PortalEingangPageProps) {
  const { eingang, csrfToken, actor } = props;
  const schreiben = actor.rolle === "integrationsfachkraft";
  const k = eingang.konto;
  const b = portalDe.bewerbungen;
  return (
    <Layout titel={t.titel(eingang.personName)} actor={actor} csrfToken={csrfToken}>
      <p className="kern-body">
        <a className="kern-link" href={`/personen/${eingang.personId}`}>
          {t.zurPerson}
        </a>
      </p>
      <h1 className="kern-heading-large">{t.titel(eingang.personName)}</h1>
      <section aria-labelledby="zugang" className="kp-section">
        <h2 id="zugang" className="kern-heading-medium">
          {t.zugang}
        </h2>
        <p className="kern-body">
          {!k
            ? t.keinZugang
            : k.aktiviertAm
              ? t.aktiv(k.benutzername ?? "BundID", formatZeit(k.aktiviertAm))
              : k.aktivierungBis && t.offen(formatZeit(k.aktivierungBis))}
        </p>
        {schreiben && (
          <form method="post" action={`/personen/${eingang.personId}/portal/zugang`}>
            <input type="hidden" name="_csrf" value={csrfToken} />
            {k && (k.aktiviertAm || k.oidcVerknuepft) && (
              <div className="kern-form-input">
                <label className="kern-label" htmlFor="zugang-grund">
                  {t.grund}
                </label>
                <div className="kern-hint" id="zugang-grund-hilfe">
                  {t.grundHilfe}
                </div>
                <input
                  className="kern-form-input__input"
                  id="zugang-grund"
                  name="grund"
                  required
                  minLength={5}
                  maxLength={500}
                  aria-describedby="zugang-grund-hilfe"
                />
              </div>
            )}
            <button type="submit" className="kern-btn kern-btn--secondary">
              <span className="kern-label">{k ? t.neuerCode : t.einrichten}</span>
            </button>
          </form>
        )}
      </section>
      <section aria-labelledby="vorschlaege" className="kp-section">
        <h2 id="vorschlaege" className="kern-heading-medium">
          {t.vorschlaege}
        </h2>
        <Vorschlaege {...props} schreiben={schreiben} />
      </section>
      <Uebersetzungen {...props} schreiben={schreiben} />
      <section aria-labelledby="schritte" className="kp-section">
        <h2 id="schritte" className="kern-heading-medium">
          {t.schritte}
        </h2>
        {eingang.schrittStatus.length === 0 ? (
          <p className="kern-body">{t.keine}</p>
        ) : (
          <ul className="kern-list">
            {eingang.schrittStatus.map((s) => (
              <li key={`${s.eintragId}-${s.gemeldetAm}`}>
                {formatZeit(s.gemeldetAm)}: „{s.bezug?.schrittText ?? s.eintragId}“
                {s.bezug && ` (${t.zuVersion(s.bezug.nummer)})`} –{" "}
                {s.status === "erledigt" ? "erledigt" : `klappt nicht, weil: ${s.grund}`}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="bewerbungen" className="kp-section">
        <h2 id="bewerbungen" className="kern-heading-medium">
          {t.bewerbungen}
        </h2>
        {eingang.bewerbungen.length === 0 ? (
          <p className="kern-body">{t.keine}</p>
        ) : (
          <ul className="kern-list">
            {eingang.bewerbungen.map((x) => (
              <li key={x.id}>
                {formatGermanDate(x.datum)}: {x.arbeitgeber}, {x.stelle} ({b.kanaele[x.kanal]},{" "}
                {b.ergebnisse[x.ergebnis]})
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="nachweise" className="kp-section">
        <h2 id="nachweise" className="kern-heading-medium">
          {t.nachweise}
        </h2>
        {eingang.nachweise.length === 0 ? (
          <p className="kern-body">{t.keine}</p>
        ) : (
          <ul className="kern-list">
            {eingang.nachweise.map((x) => (
              <li key={x.id}>
                <a className="kern-link" href={`/personen/${eingang.personId}/portal/nachweise/${x.id}`}>
                  {x.dateiname}
                </a>{" "}
                ({x.beschreibung && `${x.beschreibung}, `}
                {Math.ceil(x.groesse / 1024)} KB, {formatZeit(x.hochgeladenAm)},{" "}
                {x.bezug && `${t.zuVersion(x.bezug.nummer)}, `}
                {portalDe.nachweise.status[x.status]})
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="empfang" className="kp-section">
        <h2 id="empfang" className="kern-heading-medium">
          {t.empfang}
        </h2>
        {eingang.empfaenge.length === 0 ? (
          <p className="kern-body">{t.keine}</p>
        ) : (
          <ul className="kern-list">
            {eingang.empfaenge.map((e) => (
              <li key={e.planVersionId}>
                {formatZeit(e.bestaetigtAm)}
                {e.bezug && ` (${t.zuVersion(e.bezug.nummer)})`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}

/** Shown once after "Zugang einrichten": the code to print or hand over (only its hash is stored). */
export function PortalCodePage(props: {
  actor: Actor;
  csrfToken: string;
  personId: string;
  code: string;
  bis: string;
}) {
  return (
    <Layout titel="Aktivierungscode" actor={props.actor} csrfToken={props.csrfToken}>
      <h1 className="kern-heading-large">Aktivierungscode für das Portal</h1>
      <p className="kern-body">
        Der Code wird nur jetzt angezeigt. Drucken Sie diese Seite aus oder geben Sie den Code der Person.
      </p>
      <p className="kern-heading-large kp-portal-code" data-testid="aktivierungscode">
        {props.code}
      </p>
      <p className="kern-body">Gültig bis {props.bis}, nur einmal. Anmeldung unter /portal/aktivieren.</p>
      <p className="kern-body">
        <a className="kern-link" href={`/personen/${props.personId}/portal`}>
          Zum Portal-Eingang
        </a>
      </p>
    </Layout>
  );
}
