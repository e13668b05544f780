import type { ReactNode } from "react";
import type { FeldFehler } from "../feldFehler";

export type Fehler = Record<string, string | undefined>;

export function fehlerMap(errors: readonly FeldFehler[] | undefined): Fehler {
  return Object.fromEntries((errors ?? []).map((e) => [e.feld, e.meldung]));
}

export const fieldId = (name: string) => `f-${name.replaceAll(".", "-")}`;

interface BaseProps {
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  optional?: boolean;
}

function describedBy(id: string, hint?: string, error?: string) {
  const ids = [hint ? `${id}-hinweis` : "", error ? `${id}-fehler` : ""].filter(Boolean).join(" ");
  return ids || undefined;
}

function FieldFrame({ name, label, hint, error, optional, children }: BaseProps & { children: ReactNode }) {
  const id = fieldId(name);
  return (
    <div className={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {optional && <span className="kern-label__optional"> – optional</span>}
      </label>
      {hint && (
        <div className="kern-hint" id={`${id}-hinweis`}>
          {hint}
        </div>
      )}
      {error && (
        <p className="kern-error" id={`${id}-fehler`}>
          <span className="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
          <span className="kern-body">{error}</span>
        </p>
      )}
      {children}
    </div>
  );
}

export function TextField(
  props: BaseProps & {
    value?: string | null;
    type?: "text" | "date" | "time" | "email" | "tel" | "password" | "search";
    autoComplete?: string;
    width?: number;
  },
) {
  const id = fieldId(props.name);
  return (
    <FieldFrame {...props}>
      <input
        className={`kern-form-input__input${props.error ? " kern-form-input__input--error" : ""}`}
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        defaultValue={props.value ?? ""}
        autoComplete={props.autoComplete}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? true : undefined}
      />
    </FieldFrame>
  );
}

export function TextArea(props: BaseProps & { value?: string | null; rows?: number }) {
  const id = fieldId(props.name);
  return (
    <FieldFrame {...props}>
      <textarea
        className={`kern-form-input__input${props.error ? " kern-form-input__input--error" : ""}`}
        id={id}
        name={props.name}
        rows={props.rows ?? 2}
        defaultValue={props.value ?? ""}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? true : undefined}
      />
    </FieldFrame>
  );
}

export function SelectField(
  props: BaseProps & { value?: string; options: readonly (readonly [string, string])[] },
) {
  const id = fieldId(props.name);
  return (
    <FieldFrame {...props}>
      <div className="kern-form-input__select-wrapper">
        <select
          className={`kern-form-input__select${props.error ? " kern-form-input__select--error" : ""}`}
          id={id}
          name={props.name}
          defaultValue={props.value}
          aria-describedby={describedBy(id, props.hint, props.error)}
          aria-invalid={props.error ? true : undefined}
        >
          {props.options.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
    </FieldFrame>
  );
}

export function RadioGroup(
  props: BaseProps & {
    value?: string;
    options: readonly (readonly [string, string])[];
    /** Options side by side (KERN `kern-fieldset__body--horizontal`), for short labels. */
    horizontal?: boolean;
  },
) {
  const id = fieldId(props.name);
  return (
    <fieldset
      className={`kern-fieldset${props.error ? " kern-fieldset--error" : ""}`}
      aria-describedby={describedBy(id, props.hint, props.error)}
    >
      <legend className="kern-label">{props.label}</legend>
      {props.hint && (
        <div className="kern-hint" id={`${id}-hinweis`}>
          {props.hint}
        </div>
      )}
      {props.error && (
        <p className="kern-error" id={`${id}-fehler`}>
          <span className="kern-body">{props.error}</span>
        </p>
      )}
      <div className={`kern-fieldset__body${props.horizontal ? " kern-fieldset__body--horizontal" : ""}`}>
        {props.options.map(([value, label], i) => (
          <div className="kern-form-check" key={value}>
            <input
              className="kern-form-check__radio"
              type="radio"
              id={i === 0 ? id : `${id}-${value}`}
              name={props.name}
              value={value}
              defaultChecked={props.value === value}
            />
            <label className="kern-label" htmlFor={i === 0 ? id : `${id}-${value}`}>
              {label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

export function Checkbox(props: BaseProps & { checked?: boolean }) {
  const id = fieldId(props.name);
  return (
    <div className="kern-form-check">
      <input
        className="kern-form-check__checkbox"
        type="checkbox"
        id={id}
        name={props.name}
        value="ja"
        defaultChecked={props.checked}
        aria-describedby={describedBy(id, props.hint, props.error)}
      />
      <label className="kern-label" htmlFor={id}>
        {props.label}
      </label>
      {props.hint && (
        <div className="kern-hint" id={`${id}-hinweis`}>
          {props.hint}
        </div>
      )}
      {props.error && (
        <p className="kern-error" id={`${id}-fehler`}>
          <span className="kern-body">{props.error}</span>
        </p>
      )}
    </div>
  );
}

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}
