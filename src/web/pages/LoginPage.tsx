import { ErrorSummary } from "../components/Alerts";
import { CsrfField, TextField } from "../components/FormFields";
import { Layout } from "../components/Layout";
import { de } from "../translations/de";

export function LoginPage({
  csrfToken,
  fehler,
  benutzername,
  weiter,
}: {
  csrfToken: string;
  fehler?: string;
  benutzername?: string;
  weiter?: string;
}) {
  return (
    <Layout titel={de.login.titel}>
      <div className="kp-narrow">
        <h1 className="kern-heading-large">{de.login.titel}</h1>
        <ErrorSummary meldung={fehler} />
        <form method="post" action="/anmelden" className="kern-stack-md">
          <CsrfField token={csrfToken} />
          {weiter && <input type="hidden" name="weiter" value={weiter} />}
          <TextField
            name="benutzername"
            label={de.login.benutzername}
            value={benutzername}
            autoComplete="username"
          />
          <TextField
            name="passwort"
            label={de.login.passwort}
            type="password"
            autoComplete="current-password"
          />
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{de.login.absenden}</span>
          </button>
        </form>
      </div>
    </Layout>
  );
}
