import { assistent as t } from "../../translations/assistent";

/** KERN warning on the preview when the plan no longer fits one A4 page (computed on the server). */
export function ZuLangWarnung() {
  return (
    <div className="kern-alert kern-alert--warning" role="status" id="zu-lang">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <p className="kern-title">{t.zuLang}</p>
      </div>
    </div>
  );
}
