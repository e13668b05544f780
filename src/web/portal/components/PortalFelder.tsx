import type { ReactNode } from "react";
import type { PortalFeldFehler, PortalTexte } from "../translations/de";
import { ErrorSummaryBox, SuccessAlert } from "../../components/Alerts";

export interface PortalFehlerAnzeige {
  feld: string;
  meldung: string;
}

export const portalFeldId = (name: string) => `p-${name}`;

/** Maps zod issue messages (codes) to the field messages of the page language. */
export function portalFeldFehler(
  t: PortalTexte,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): PortalFehlerAnzeige[] {
  return issues.map((i) => {
    const code = (i.message in t.fehler.felder ? i.message : "ungueltig") as PortalFeldFehler;
    return { feld: i.path.map(String).join("."), meldung: t.fehler.felder[code] };
  });
}

export function PortalFehlerListe({
  t,
  fehler,
}: {
  t: PortalTexte;
  fehler?: readonly PortalFehlerAnzeige[];
}) {
  const eintraege = (fehler ?? []).map((f) => ({
    key: `${f.feld}-${f.meldung}`,
    href: `#${portalFeldId(f.feld)}`,
    meldung: f.meldung,
  }));
  return <ErrorSummaryBox titel={t.fehler.zusammenfassung} eintraege={eintraege} />;
}

export function Gespeichert({ text }: { text: string }) {
  return <SuccessAlert text={text} />;
}

interface FeldProps {
  name: string;
  label: string;
  hinweis?: string;
  fehler?: readonly PortalFehlerAnzeige[];
  /** Suffix for the id when the same field appears in several forms on one page. */
  idSuffix?: string;
}

function Rahmen({
  name,
  label,
  hinweis,
  fehler,
  idSuffix,
  children,
}: FeldProps & { children: (a: object) => ReactNode }) {
  const id = portalFeldId(idSuffix ? `${name}-${idSuffix}` : name);
  const meldung = fehler?.find((f) => f.feld === name)?.meldung;
  const beschrieben = [hinweis ? `${id}-hinweis` : "", meldung ? `${id}-fehler` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={`kern-form-input${meldung ? " kern-form-input--error" : ""}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      {hinweis && (
        <div className="kern-hint" id={`${id}-hinweis`}>
          {hinweis}
        </div>
      )}
      {meldung && (
        <p className="kern-error" id={`${id}-fehler`}>
          <span className="kern-body">{meldung}</span>
        </p>
      )}
      {children({
        id,
        name,
        "aria-describedby": beschrieben || undefined,
        "aria-invalid": meldung ? true : undefined,
      })}
    </div>
  );
}

export function Eingabe(
  props: FeldProps & { type?: string; wert?: string; autoComplete?: string; required?: boolean; dir?: "ltr" },
) {
  return (
    <Rahmen {...props}>
      {(a) => (
        <input
          {...a}
          className="kern-form-input__input"
          type={props.type ?? "text"}
          defaultValue={props.wert ?? ""}
          autoComplete={props.autoComplete}
          required={props.required}
          dir={props.dir}
        />
      )}
    </Rahmen>
  );
}

export function Textfeld(props: FeldProps & { wert?: string; required?: boolean }) {
  return (
    <Rahmen {...props}>
      {(a) => (
        <textarea
          {...a}
          className="kern-form-input__input"
          rows={3}
          defaultValue={props.wert ?? ""}
          required={props.required}
        />
      )}
    </Rahmen>
  );
}

export function Auswahl(
  props: FeldProps & { optionen: readonly (readonly [string, string])[]; wert?: string },
) {
  return (
    <Rahmen {...props}>
      {(a) => (
        <select {...a} className="kern-form-input__select" defaultValue={props.wert}>
          {props.optionen.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      )}
    </Rahmen>
  );
}

export function Knopf({ children, art = "primary" }: { children: string; art?: "primary" | "secondary" }) {
  return (
    <button type="submit" className={`kern-btn kern-btn--${art}`}>
      <span className="kern-label">{children}</span>
    </button>
  );
}

export const Csrf = ({ token }: { token: string }) => <input type="hidden" name="_csrf" value={token} />;
