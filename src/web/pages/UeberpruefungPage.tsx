import type { Actor } from "../../application/ports";
import type { UeberpruefungSeite } from "../../application/kooperationsplan/getUeberpruefung";
import type { Eintrag, Schritt } from "../../domain/kooperationsplan/planInhalt";
import type { SchrittStand } from "../../domain/kooperationsplan/ueberpruefungsStand";
import { UEBERGABE_KANAL } from "../../domain/kooperationsplan/planVersion";
import {
  defaultUeberpruefung,
  MAX_MONATE_BIS_UEBERPRUEFUNG,
} from "../../domain/kooperationsplan/ueberpruefung";
import { verlaengerteFrist } from "../../domain/kooperationsplan/fristen";
import type { ListSection } from "../../domain/kooperationsplan/listSections";
import { WAHL } from "../../domain/kooperationsplan/ueberpruefungsWahl";
import { addMonths, formatGermanDate, type IsoDate } from "../../domain/shared/isoDate";
import type { FeldFehler } from "../feldFehler";
import { ErrorSummary, InfoAlert } from "../components/Alerts";
import { CsrfField, RadioGroup, TextArea, TextField, fehlerMap, type Fehler } from "../components/FormFields";
import { Layout } from "../components/Layout";
import { de } from "../translations/de";

const t = de.fortschreibung.ueberpruefung;
const p = de.plan;

export interface UeberpruefungPageProps {
  actor: Actor;
  csrfToken: string;
  seite: UeberpruefungSeite;
  heute: IsoDate;
  errors?: FeldFehler[];
  meldung?: string;
  werte?: Record<string, string | undefined>;
}

/** The review form's state shared by every entry: whether choices are offered, errors and values sent. */
interface Wahlen {
  aktiv: boolean;
  f: Fehler;
  werte: Record<string, string | undefined> | undefined;
}

/**
 * The one choice per entry (keep, change the text, new deadline for a step, done, remove) with the text
 * field inline; without JavaScript every field is there, an edited text counts as "Text ändern".
 */
function EintragWahl(props: { section: ListSection; eintrag: Eintrag; name: string; wahlen: Wahlen }) {
  const { section, eintrag, name, wahlen } = props;
  if (!wahlen.aktiv) return null;
  const key = `${section}.${eintrag.id}`;
  const optionen = WAHL.filter((w) => w !== "frist" || section === "schritte");
  return (
    <div className="kern-stack-sm">
      <RadioGroup
        name={`wahl.${key}`}
        horizontal
        label={t.wahlFrage(name)}
        value={wahlen.werte?.[`wahl.${key}`] ?? "behalten"}
        error={wahlen.f[`wahl.${key}`]}
        options={optionen.map((w) => [w, t.wahl[w]] as const)}
      />
      <TextArea
        name={`text.${key}`}
        rows={2}
        label={t.text(name)}
        hint={t.textHilfe}
        value={wahlen.werte?.[`text.${key}`] ?? eintrag.text}
        error={wahlen.f[`text.${key}`]}
      />
    </div>
  );
}

function Eintraege({
  id,
  section,
  titel,
  items,
  wahlen,
}: {
  id: string;
  section: ListSection;
  titel: string;
  items: readonly Eintrag[];
  wahlen: Wahlen;
}) {
  return (
    <section aria-labelledby={id} className="kp-section">
      <h2 id={id} className="kern-heading-small">
        {titel}
      </h2>
      {items.length === 0 ? (
        <p className="kern-body kern-body--muted">{p.keineAngaben}</p>
      ) : wahlen.aktiv ? (
        <ul className="kp-items">
          {items.map((e, i) => {
            const name = t.eintrag[section](i + 1);
            return (
              <li key={e.id} className="kp-item">
                <p className="kern-body">
                  <strong>{name}:</strong> {e.text}
                </p>
                <EintragWahl section={section} eintrag={e} name={name} wahlen={wahlen} />
              </li>
            );
          })}
        </ul>
      ) : (
        <ul className="kern-list kern-list--bullet">
          {items.map((e) => (
            <li key={e.id}>{e.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SchrittEintrag(props: {
  schritt: Schritt;
  index: number;
  stand: SchrittStand | undefined;
  seit: IsoDate;
  heute: IsoDate;
  wahlen: Wahlen;
}) {
  const { schritt, stand, wahlen } = props;
  const fristFeld = `frist.${schritt.id}`;
  const vorschlag =
    stand?.frist?.verlaengertBis ??
    (schritt.frist
      ? verlaengerteFrist(schritt.frist, props.heute)
      : addMonths(props.heute, MAX_MONATE_BIS_UEBERPRUEFUNG));
  const name = de.fortschreibung.fristen.schritt(props.index + 1);
  return (
    <li className="kp-item">
      <p className="kern-body">
        <strong>{name}:</strong> {schritt.text}
      </p>
      {schritt.haeufigkeit && (
        <p className="kern-body">
          {de.dokument.wieOft}: {schritt.haeufigkeit}
        </p>
      )}
      <p className="kern-body">
        {stand?.meldung?.status === "erledigt"
          ? t.erledigt
          : stand?.meldung?.status === "problem"
            ? t.problem(stand.meldung.grund)
            : t.keineMeldung}
      </p>
      {stand?.bewerbungen != null && (
        <p className="kern-body">
          {t.bewerbungen(stand.bewerbungen, formatGermanDate(props.seit), schritt.haeufigkeit || "–")}
        </p>
      )}
      {stand?.frist && !stand.frist.abgelaufen && (
        <p className="kern-body">{t.fristOffen(formatGermanDate(stand.frist.am))}</p>
      )}
      {stand?.frist?.abgelaufen && (
        <p className="kern-body">{de.fortschreibung.fristen.abgelaufen(formatGermanDate(stand.frist.am))}</p>
      )}
      <EintragWahl section="schritte" eintrag={schritt} name={name} wahlen={wahlen} />
      {(stand?.frist?.abgelaufen || wahlen.aktiv) && (
        <TextField
          name={fristFeld}
          type="date"
          label={stand?.frist?.abgelaufen ? t.neueFrist(name) : t.fristFuer(name)}
          hint={stand?.frist?.abgelaufen ? t.neueFristHilfe : t.fristHilfe}
          value={wahlen.werte?.[fristFeld] ?? vorschlag}
          error={wahlen.f[fristFeld]}
        />
      )}
    </li>
  );
}

/**
 * One page for the review of the agreed plan (§ 15 Abs. 3 Satz 2 SGB II): its six sections with what the
 * portal reported, passed deadlines with their renewal, waiting proposals, and one choice per entry (ADR 0020).
 * "Unverändert fortschreiben" agrees it anew in one submit; "Weiter zur Vorschau" makes the next draft from the
 * choices; "Ändern" opens the editor.
 */
export function UeberpruefungPage(props: UeberpruefungPageProps) {
  const { seite } = props;
  const { version, stand } = seite;
  const inhalt = version.inhalt;
  const abstimmung = version.abstimmung;
  const f = fehlerMap(props.errors);
  const personName = seite.dokument.person.name;
  const action = `/plaene/${version.planId}/ueberpruefen`;
  // Only the responsible counsellor continues the plan; others see the review read-only.
  const fortschreiben = props.actor.rolle === "integrationsfachkraft" && !seite.entwurf;
  const wahlen: Wahlen = { aktiv: fortschreiben, f, werte: props.werte };
  return (
    <Layout titel={t.titel(personName)} actor={props.actor} csrfToken={props.csrfToken}>
      <p className="kern-body">
        <a className="kern-link" href={`/personen/${seite.personId}`}>
          {p.zurPerson}
        </a>
      </p>
      <h1 className="kern-heading-large">{t.titel(personName)}</h1>
      <ErrorSummary errors={props.errors} meldung={props.meldung} />
      <p className="kern-body">{t.hinweis}</p>
      {abstimmung && (
        <p className="kern-body kern-body--bold">
          {t.version(
            version.nummer,
            formatGermanDate(abstimmung.am),
            formatGermanDate(abstimmung.ueberpruefungAm),
          )}
        </p>
      )}
      <p className="kern-body">
        {t.vorschlaege(stand.offeneVorschlaege)}{" "}
        {stand.offeneVorschlaege > 0 && (
          <a className="kern-link" href={`/personen/${seite.personId}/portal`}>
            {t.vorschlaegeLink}
          </a>
        )}
      </p>
      {seite.entwurf ? (
        <InfoAlert titel={t.entwurfBegonnen(seite.entwurf.nummer)}>
          <div className="kp-actions">
            <a
              className="kern-btn kern-btn--primary"
              href={`/plaene/${version.planId}/versionen/${seite.entwurf.nummer}/bearbeiten`}
            >
              <span className="kern-label">{t.entwurfWeiter}</span>
            </a>
            <a
              className="kern-btn kern-btn--secondary"
              href={`/plaene/${version.planId}/versionen/${seite.entwurf.nummer}/verwerfen`}
            >
              <span className="kern-label">{de.fortschreibung.verwerfen.link}</span>
            </a>
          </div>
        </InfoAlert>
      ) : null}
      <form method="post" action={action} className="kern-stack-md">
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="basis" value={version.nummer} />
        <section aria-labelledby="u-ziel" className="kp-section">
          <h2 id="u-ziel" className="kern-heading-small">
            {p.berufsziel}
          </h2>
          <p className="kern-body">{inhalt.berufsziel || p.keineAngaben}</p>
          {inhalt.vermittlungsfelder && (
            <p className="kern-body">
              {p.vermittlungsfelder}: {inhalt.vermittlungsfelder}
            </p>
          )}
        </section>
        <Eintraege
          id="u-zwischen"
          section="zwischenziele"
          titel={p.zwischenziele}
          items={inhalt.zwischenziele}
          wahlen={wahlen}
        />
        <section aria-labelledby="u-schritte" className="kp-section">
          <h2 id="u-schritte" className="kern-heading-small">
            {p.schritte}
          </h2>
          <ul className="kp-items">
            {inhalt.schritte.map((s, i) => (
              <SchrittEintrag
                key={s.id}
                schritt={s}
                index={i}
                stand={stand.schritte.find((x) => x.id === s.id)}
                seit={abstimmung?.am ?? props.heute}
                heute={props.heute}
                wahlen={wahlen}
              />
            ))}
          </ul>
        </section>
        <Eintraege
          id="u-jc"
          section="unterstuetzung"
          titel={p.unterstuetzung}
          items={inhalt.unterstuetzung}
          wahlen={wahlen}
        />
        <Eintraege
          id="u-andere"
          section="andereStellen"
          titel={p.andereStellen}
          items={inhalt.andereStellen}
          wahlen={wahlen}
        />
        <section aria-labelledby="u-sonst" className="kp-section">
          <h2 id="u-sonst" className="kern-heading-small">
            {p.wasSonstNochWichtig}
          </h2>
          <p className="kern-body kp-preline">{inhalt.wasSonstNochWichtig || p.keineAngaben}</p>
          {de.dokument.reha[inhalt.rehaBedarf] && (
            <p className="kern-body">{de.dokument.reha[inhalt.rehaBedarf]}</p>
          )}
        </section>
        {fortschreiben && (
          <section aria-labelledby="u-abschluss" className="kp-section kern-card">
            <div className="kern-card__container">
              <div className="kern-card__body kern-stack-md">
                <h2 id="u-abschluss" className="kern-heading-medium">
                  {t.abschluss}
                </h2>
                <p className="kern-body">{t.abschlussHilfe}</p>
                <RadioGroup
                  name="kanal"
                  label={p.kanal}
                  value={props.werte?.kanal ?? "persoenlich"}
                  error={f.kanal}
                  options={UEBERGABE_KANAL.map((k) => [k, p.kanaele[k]] as const)}
                />
                <TextField
                  name="ueberpruefungAm"
                  type="date"
                  optional
                  label={p.ueberpruefungAm}
                  hint={`${p.ueberpruefungHilfe} Bei Fortschreibung heute: ${formatGermanDate(defaultUeberpruefung(props.heute))}.`}
                  value={props.werte?.ueberpruefungAm}
                  error={f.ueberpruefungAm}
                />
                <button
                  type="submit"
                  name="aktion"
                  value="unveraendert"
                  className="kern-btn kern-btn--primary"
                >
                  <span className="kern-label">{t.unveraendert}</span>
                </button>
              </div>
            </div>
          </section>
        )}
        {fortschreiben && (
          <section aria-labelledby="u-mit-aenderungen" className="kp-section">
            <h2 id="u-mit-aenderungen" className="kern-heading-small">
              {t.mitAenderungenTitel}
            </h2>
            <p className="kern-body">{t.mitAenderungenHilfe}</p>
            <button type="submit" name="aktion" value="aenderungen" className="kern-btn kern-btn--primary">
              <span className="kern-label">{t.weiterZurVorschau}</span>
            </button>
          </section>
        )}
      </form>
      {fortschreiben && (
        <section aria-labelledby="u-aendern" className="kp-section">
          <h2 id="u-aendern" className="kern-heading-small">
            {t.aendernTitel}
          </h2>
          <p className="kern-body">{t.aendernHilfe}</p>
          <form method="post" action={`/plaene/${version.planId}/fortschreiben`}>
            <CsrfField token={props.csrfToken} />
            <button type="submit" className="kern-btn kern-btn--secondary">
              <span className="kern-label">{t.aendern}</span>
            </button>
          </form>
        </section>
      )}
    </Layout>
  );
}
