import type { ReactNode } from "react";
import type { Actor } from "../../application/ports";
import { de } from "../translations/de";
import { startseite } from "../startseite";
import { DocumentHead } from "./DocumentHead";

export interface LayoutProps {
  titel: string;
  actor?: Actor | null;
  csrfToken?: string;
  /** Open items of the inbox, when the page knows them (shown in the navigation). */
  posteingang?: number;
  children: ReactNode;
}

/** The page frame: KERN Kopfzeile, header with navigation and logout, main landmark, footer. */
export function Layout({ titel, actor, csrfToken, posteingang, children }: LayoutProps) {
  return (
    <html lang="de">
      <DocumentHead titel={`${titel} – ${de.app.name}`} scripts={["/assets/app/client.js"]} />
      <body className="kern-body">
        <a className="kp-skip-link" href="#inhalt">
          {de.app.skipLink}
        </a>
        <header className="kp-header">
          <div className="kern-container kp-header__inner">
            <a className="kp-brand" href={actor ? startseite(actor.rolle) : "/anmelden"}>
              {de.app.name}
            </a>
            {actor && (
              <nav aria-label="Hauptnavigation" className="kp-nav">
                {actor.rolle === "datenschutz" ? (
                  <a className="kern-link" href="/zugriffsprotokoll">
                    {de.audit.navigation}
                  </a>
                ) : (
                  <a className="kern-link" href="/faelle">
                    {de.faelle.titel}
                  </a>
                )}
                {(actor.rolle === "integrationsfachkraft" || actor.rolle === "teamleitung") && (
                  <a className="kern-link" href="/eingang">
                    {de.posteingang.navigation(posteingang)}
                  </a>
                )}
                {actor.rolle === "teamleitung" && (
                  <a className="kern-link" href="/angebote">
                    {de.assistent.katalog.titel}
                  </a>
                )}
                {actor.rolle === "integrationsfachkraft" && (
                  <a className="kern-link" href="/mein-kalender">
                    {de.kalender.titel}
                  </a>
                )}
                {actor.rolle !== "admin" && actor.rolle !== "datenschutz" && (
                  <a className="kern-link" href="/regeln">
                    {de.rechtsfolgen.regeln.titel}
                  </a>
                )}
                <span className="kp-nav__user">
                  {de.app.angemeldetAls} {actor.name} ({de.rollen[actor.rolle]})
                </span>
                <form method="post" action="/abmelden" className="kp-inline-form">
                  <input type="hidden" name="_csrf" value={csrfToken ?? ""} />
                  <button type="submit" className="kern-btn kern-btn--tertiary kern-btn--x-small">
                    <span className="kern-label">{de.app.abmelden}</span>
                  </button>
                </form>
              </nav>
            )}
          </div>
        </header>
        <main id="inhalt" className="kern-container kp-main" tabIndex={-1}>
          {children}
        </main>
        <footer className="kp-footer">
          <div className="kern-container">
            <p className="kern-body kern-body--small">{de.app.fusszeile}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
