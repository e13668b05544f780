import type { ReactNode } from "react";
import { isRtl, LANG_TAG, SPRACHEN, type Sprache } from "../../../domain/portal/portalSprache";
import { SPRACH_NAMEN, textFor } from "../translations";
import { DocumentHead } from "../../components/DocumentHead";

export interface PortalLayoutProps {
  titel: string;
  sprache: Sprache;
  /** Path of this page, for the language links (works without JavaScript). */
  pfad: string;
  csrfToken?: string;
  children: ReactNode;
}

/** Page frame of the recipient portal: language and direction, language switch, logout, footer links. */
export function PortalLayout({ titel, sprache, pfad, csrfToken, children }: PortalLayoutProps) {
  const t = textFor(sprache);
  return (
    <html lang={LANG_TAG[sprache]} dir={isRtl(sprache) ? "rtl" : "ltr"}>
      <DocumentHead titel={`${titel} – ${t.app.name}`} styles={["/portal/portal.css"]} />
      <body className="kern-body">
        <a className="kp-skip-link" href="#inhalt">
          {t.app.skipLink}
        </a>
        <header className="kp-header">
          <div className="kern-container kp-header__inner">
            <a className="kp-brand" href="/portal">
              {t.app.name}
            </a>
            <nav aria-label={t.app.sprache} className="kp-portal-sprachen">
              <ul className="kp-portal-sprachen__liste">
                {SPRACHEN.map((s) => (
                  <li key={s}>
                    <a
                      className="kern-link"
                      href={`${pfad}?sprache=${s}`}
                      lang={LANG_TAG[s]}
                      hrefLang={LANG_TAG[s]}
                      aria-current={s === sprache ? "true" : undefined}
                    >
                      {SPRACH_NAMEN[s]}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            {csrfToken && (
              <form method="post" action="/portal/abmelden" className="kp-inline-form">
                <input type="hidden" name="_csrf" value={csrfToken} />
                <button type="submit" className="kern-btn kern-btn--tertiary kern-btn--x-small">
                  <span className="kern-label">{t.app.abmelden}</span>
                </button>
              </form>
            )}
          </div>
        </header>
        <main id="inhalt" className="kern-container kp-main" tabIndex={-1}>
          {children}
        </main>
        <footer className="kp-footer">
          <div className="kern-container">
            <p className="kern-body kern-body--small">{t.app.fusszeile}</p>
            <ul className="kp-portal-fusslinks">
              <li>
                <a className="kern-link" href="/portal/barrierefreiheit">
                  {t.app.barrierefreiheit}
                </a>
              </li>
              <li>
                <a className="kern-link" href="/portal/leichte-sprache" lang="de-DE">
                  {SPRACH_NAMEN["de-LS"]}
                </a>
              </li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}
