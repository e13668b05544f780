import type { Sprache } from "../../../domain/portal/portalSprache";
import { PortalLayout } from "../components/PortalLayout";
import {
  Csrf,
  Eingabe,
  Gespeichert,
  Knopf,
  PortalFehlerListe,
  type PortalFehlerAnzeige,
} from "../components/PortalFelder";
import { textFor } from "../translations";

interface Basis {
  sprache: Sprache;
  pfad: string;
  csrfToken: string;
  fehler?: readonly PortalFehlerAnzeige[];
  werte?: Record<string, string>;
}

export function PortalAnmeldenPage(p: Basis & { aktiviert?: boolean; oidc: boolean }) {
  const t = textFor(p.sprache);
  return (
    <PortalLayout titel={t.anmelden.titel} sprache={p.sprache} pfad={p.pfad}>
      <h1 className="kern-heading-large">{t.anmelden.titel}</h1>
      {p.aktiviert && <Gespeichert text={t.aktivieren.erfolg} />}
      <PortalFehlerListe t={t} fehler={p.fehler} />
      <form method="post" action="/portal/anmelden" className="kern-stack-md">
        <Csrf token={p.csrfToken} />
        <Eingabe
          name="benutzername"
          label={t.anmelden.benutzername}
          wert={p.werte?.benutzername}
          autoComplete="username"
          dir="ltr"
          fehler={p.fehler}
          required
        />
        <Eingabe
          name="passwort"
          type="password"
          label={t.anmelden.passwort}
          autoComplete="current-password"
          dir="ltr"
          fehler={p.fehler}
          required
        />
        <Knopf>{t.anmelden.absenden}</Knopf>
      </form>
      {p.oidc && (
        <p className="kern-body">
          <a className="kern-btn kern-btn--secondary" href="/portal/oidc/start">
            <span className="kern-label">{t.anmelden.oidc}</span>
          </a>
        </p>
      )}
      <p className="kern-body">
        {t.anmelden.ersterBesuch}{" "}
        <a className="kern-link" href="/portal/aktivieren">
          {t.anmelden.aktivierenLink}
        </a>
      </p>
    </PortalLayout>
  );
}

export function PortalAktivierenPage(p: Basis) {
  const t = textFor(p.sprache);
  const a = t.aktivieren;
  return (
    <PortalLayout titel={a.titel} sprache={p.sprache} pfad={p.pfad}>
      <h1 className="kern-heading-large">{a.titel}</h1>
      <PortalFehlerListe t={t} fehler={p.fehler} />
      <p className="kern-body">{a.hinweis}</p>
      <form method="post" action="/portal/aktivieren" className="kern-stack-md">
        <Csrf token={p.csrfToken} />
        <Eingabe
          name="code"
          label={a.code}
          hinweis={a.codeHinweis}
          wert={p.werte?.code}
          autoComplete="one-time-code"
          dir="ltr"
          fehler={p.fehler}
          required
        />
        <Eingabe
          name="benutzername"
          label={a.benutzername}
          hinweis={a.benutzernameHinweis}
          wert={p.werte?.benutzername}
          autoComplete="username"
          dir="ltr"
          fehler={p.fehler}
          required
        />
        <Eingabe
          name="passwort"
          type="password"
          label={a.passwort}
          hinweis={a.passwortHinweis}
          autoComplete="new-password"
          dir="ltr"
          fehler={p.fehler}
          required
        />
        <Eingabe
          name="passwortWiederholung"
          type="password"
          label={a.wiederholung}
          autoComplete="new-password"
          dir="ltr"
          fehler={p.fehler}
          required
        />
        <Knopf>{a.absenden}</Knopf>
      </form>
    </PortalLayout>
  );
}

/** OIDC first login: the one-time code links the identity provider's account to the portal account. */
export function PortalVerknuepfenPage(p: Basis) {
  const t = textFor(p.sprache);
  return (
    <PortalLayout titel={t.aktivieren.titel} sprache={p.sprache} pfad={p.pfad}>
      <h1 className="kern-heading-large">{t.aktivieren.titel}</h1>
      <PortalFehlerListe t={t} fehler={p.fehler} />
      <p className="kern-body">{t.aktivieren.hinweis}</p>
      <form method="post" action="/portal/oidc/verknuepfen" className="kern-stack-md">
        <Csrf token={p.csrfToken} />
        <Eingabe
          name="code"
          label={t.aktivieren.code}
          hinweis={t.aktivieren.codeHinweis}
          autoComplete="one-time-code"
          dir="ltr"
          fehler={p.fehler}
          required
        />
        <Knopf>{t.aktivieren.absenden}</Knopf>
      </form>
    </PortalLayout>
  );
}

export function PortalTotpPage(p: Basis & { einrichten?: { secret: string; uri: string } }) {
  const t = textFor(p.sprache);
  const ziel = p.einrichten ? "/portal/sicherheit" : "/portal/zweiter-faktor";
  const titel = p.einrichten ? t.totp.einrichtenTitel : t.totp.titel;
  return (
    <PortalLayout titel={titel} sprache={p.sprache} pfad={p.pfad} csrfToken={p.csrfToken}>
      <h1 className="kern-heading-large">{titel}</h1>
      <PortalFehlerListe t={t} fehler={p.fehler} />
      {p.einrichten && (
        <>
          <p className="kern-body">{t.totp.schluessel}</p>
          <p className="kern-body kp-portal-code" dir="ltr">
            <code>{p.einrichten.secret}</code>
          </p>
          <p className="kern-body kern-body--small" dir="ltr">
            <code className="kp-portal-uri">{p.einrichten.uri}</code>
          </p>
        </>
      )}
      <p className="kern-body">{t.totp.hinweis}</p>
      <form method="post" action={ziel} className="kern-stack-md">
        <Csrf token={p.csrfToken} />
        <Eingabe
          name="totp"
          label={t.totp.code}
          autoComplete="one-time-code"
          dir="ltr"
          fehler={p.fehler}
          required
        />
        <Knopf>{t.totp.absenden}</Knopf>
      </form>
    </PortalLayout>
  );
}

export function PortalInfoPage(p: {
  sprache: Sprache;
  pfad: string;
  art: "barrierefreiheit" | "leichteSprache";
}) {
  const t = textFor(p.sprache);
  const b = t.barrierefreiheit;
  if (p.art === "leichteSprache") {
    const ls = textFor("de-LS").leichteSprache;
    return (
      <PortalLayout titel={ls.titel} sprache="de-LS" pfad={p.pfad}>
        <h1 className="kern-heading-large">{ls.titel}</h1>
        {ls.absaetze.map((a) => (
          <p key={a} className="kern-body kp-portal-ls">
            {a}
          </p>
        ))}
      </PortalLayout>
    );
  }
  return (
    <PortalLayout titel={b.titel} sprache={p.sprache} pfad={p.pfad}>
      <h1 className="kern-heading-large">{b.titel}</h1>
      {b.absaetze.map((a) => (
        <p key={a} className="kern-body">
          {a}
        </p>
      ))}
      <h2 className="kern-heading-medium">{b.feedbackTitel}</h2>
      <p className="kern-body">{b.feedback}</p>
      <p className="kern-body" dir="ltr">
        <a className="kern-link" href="mailto:barrierefreiheit@jobcenter.example">
          {b.kontakt}
        </a>
      </p>
      <p className="kern-body">{b.schlichtung}</p>
    </PortalLayout>
  );
}

export function PortalFehlerPage(p: { sprache: Sprache; text: string; status: number }) {
  const t = textFor(p.sprache);
  return (
    <PortalLayout titel={String(p.status)} sprache={p.sprache} pfad="/portal">
      <h1 className="kern-heading-large">{p.text}</h1>
      <p className="kern-body">
        <a className="kern-link" href="/portal">
          {t.app.zurueck}
        </a>
      </p>
    </PortalLayout>
  );
}

/** Reminders by e-mail: opt in or out, with the address (issue 12 § 2). Posts without JavaScript. */
export function PortalErinnerungPage(p: Basis & { stand: { email: string; erinnerungen: boolean } }) {
  const t = textFor(p.sprache);
  const e = t.erinnerung;
  return (
    <PortalLayout titel={e.titel} sprache={p.sprache} pfad={p.pfad} csrfToken={p.csrfToken}>
      <h1 className="kern-heading-large">{e.titel}</h1>
      <PortalFehlerListe t={t} fehler={p.fehler} />
      <p className="kern-body" data-testid="erinnerung-stand">
        {p.stand.erinnerungen ? e.ein : e.aus}
      </p>
      <p className="kern-body">{e.erklaerung}</p>
      <form method="post" action="/portal/erinnerungen" className="kern-stack-md">
        <Csrf token={p.csrfToken} />
        <Eingabe
          name="email"
          type="email"
          label={e.email}
          autoComplete="email"
          dir="ltr"
          wert={p.werte?.email ?? p.stand.email}
          fehler={p.fehler}
        />
        <div className="kern-form-check">
          <input
            className="kern-form-check__checkbox"
            type="checkbox"
            id="erinnerungen"
            name="erinnerungen"
            value="ja"
            defaultChecked={p.werte ? p.werte.erinnerungen === "ja" : p.stand.erinnerungen}
          />
          <label className="kern-label" htmlFor="erinnerungen">
            {e.an}
          </label>
        </div>
        <Knopf>{e.speichern}</Knopf>
      </form>
    </PortalLayout>
  );
}
