import type { ReactNode } from "react";
import type { PlanDokument } from "../../../application/ports";
import type { Eintrag, Schritt } from "../../../domain/kooperationsplan/planInhalt";
import type { Sprache } from "../../../domain/portal/portalSprache";
import { formatGermanDate } from "../../../domain/shared/isoDate";
import type { PortalTexte } from "../translations/de";
import { PortalEintrag } from "./PortalEintrag";

interface Props {
  dokument: PlanDokument;
  sprache: Sprache;
  t: PortalTexte;
  /** Extra content under each step (status and report forms). */
  schrittZusatz?: (s: Schritt) => ReactNode;
}

const ue = (p: Props) => p.dokument.uebersetzungen;

function Liste({ items, p }: { items: readonly Eintrag[]; p: Props }) {
  if (items.length === 0) return <p className="kern-body">{p.t.plan.keineAngaben}</p>;
  return (
    <ul className="kern-list kern-list--bullet">
      {items.map((i) => (
        <li key={i.id}>
          <PortalEintrag text={i.text} sprache={p.sprache} t={p.t} id={i.id} uebersetzungen={ue(p)} />
        </li>
      ))}
    </ul>
  );
}

function Schritte({ p }: { p: Props }) {
  const { t } = p;
  const schritte = p.dokument.inhalt.schritte;
  if (schritte.length === 0) return <p className="kern-body">{t.plan.keineAngaben}</p>;
  return (
    <ul className="kp-portal-schritte">
      {schritte.map((s) => (
        <li key={s.id} className="kp-portal-schritt">
          <p className="kern-body kern-body--bold">
            <PortalEintrag text={s.text} sprache={p.sprache} t={t} id={s.id} uebersetzungen={ue(p)} />
          </p>
          <dl className="kp-portal-details">
            {s.haeufigkeit && (
              <div>
                <dt>{t.plan.wieOft}</dt>
                <dd>
                  <PortalEintrag text={s.haeufigkeit} sprache={p.sprache} t={t} />
                </dd>
              </div>
            )}
            {s.frist && (
              <div>
                <dt>{t.plan.bis}</dt>
                <dd>{formatGermanDate(s.frist)}</dd>
              </div>
            )}
            {s.nachweis && (
              <div>
                <dt>{t.plan.nachweis}</dt>
                <dd>
                  <PortalEintrag text={s.nachweis} sprache={p.sprache} t={t} />
                </dd>
              </div>
            )}
          </dl>
          {p.schrittZusatz?.(s)}
        </li>
      ))}
    </ul>
  );
}

/** The plan as on the PDF (same six sections), in the recipient's language. */
export function PortalPlanView(p: Props) {
  const { dokument, t } = p;
  const { inhalt } = dokument;
  const h = t.plan.ueberschriften;
  return (
    <article className="kp-dokument" aria-labelledby="plan-titel">
      <header className="kp-dokument__kopf">
        <h2 id="plan-titel" className="kern-heading-medium">
          {t.plan.titel} · {t.plan.version(dokument.versionNummer)}
        </h2>
        <p className="kern-body">
          {dokument.jobcenter.name}, {dokument.jobcenter.anschrift}
        </p>
        <p className="kern-body">
          {t.plan.ansprechperson}: {dokument.betreuung.name}, {t.plan.telefon}{" "}
          <span dir="ltr">{dokument.betreuung.telefon}</span>, {t.plan.email}{" "}
          <span dir="ltr">{dokument.betreuung.email}</span>
        </p>
        <p className="kern-body kern-body--bold">
          {dokument.abgestimmtAm && t.plan.vereinbart(formatGermanDate(dokument.abgestimmtAm))}{" "}
          {dokument.ueberpruefungAm && t.plan.ueberpruefung(formatGermanDate(dokument.ueberpruefungAm))}
        </p>
      </header>
      <section aria-labelledby="p-ziel">
        <h3 id="p-ziel" className="kern-heading-small">
          {h.berufsziel}
        </h3>
        <p className="kern-body">
          {inhalt.berufsziel ? (
            <PortalEintrag
              text={inhalt.berufsziel}
              sprache={p.sprache}
              t={t}
              id="berufsziel"
              uebersetzungen={ue(p)}
            />
          ) : (
            t.plan.keineAngaben
          )}
        </p>
        {inhalt.vermittlungsfelder && (
          <p className="kern-body">
            {t.plan.vermittlungsfelder}:{" "}
            <PortalEintrag
              text={inhalt.vermittlungsfelder}
              sprache={p.sprache}
              t={t}
              id="vermittlungsfelder"
              uebersetzungen={ue(p)}
            />
          </p>
        )}
      </section>
      <section aria-labelledby="p-zwischen">
        <h3 id="p-zwischen" className="kern-heading-small">
          {h.zwischenziele}
        </h3>
        <Liste items={inhalt.zwischenziele} p={p} />
      </section>
      <section aria-labelledby="p-schritte">
        <h3 id="p-schritte" className="kern-heading-small">
          {h.schritte}
        </h3>
        <Schritte p={p} />
      </section>
      <section aria-labelledby="p-jc">
        <h3 id="p-jc" className="kern-heading-small">
          {h.unterstuetzung}
        </h3>
        <Liste items={inhalt.unterstuetzung} p={p} />
      </section>
      <section aria-labelledby="p-andere">
        <h3 id="p-andere" className="kern-heading-small">
          {h.andereStellen}
        </h3>
        <Liste items={inhalt.andereStellen} p={p} />
      </section>
      <section aria-labelledby="p-sonst">
        <h3 id="p-sonst" className="kern-heading-small">
          {h.wasSonstNochWichtig}
        </h3>
        {inhalt.wasSonstNochWichtig ? (
          <p className="kern-body kp-preline">
            <PortalEintrag
              text={inhalt.wasSonstNochWichtig}
              sprache={p.sprache}
              t={t}
              id="wasSonstNochWichtig"
              uebersetzungen={ue(p)}
            />
          </p>
        ) : (
          <p className="kern-body">{t.plan.keineAngaben}</p>
        )}
        {inhalt.rehaBedarf !== "nein" && <p className="kern-body">{t.plan.rehaBedarf[inhalt.rehaBedarf]}</p>}
      </section>
      <footer className="kp-dokument__fuss">
        <p className="kern-body kern-body--small">{t.plan.fusszeile}</p>
      </footer>
    </article>
  );
}
