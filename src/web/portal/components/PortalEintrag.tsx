import { uebersetzeEintrag } from "../../../domain/portal/uebersetzeEintrag";
import type { Sprache } from "../../../domain/portal/portalSprache";
import type { PortalTexte } from "../translations/de";

/**
 * A plan entry in the page language: catalogue entries are translated; free text stays German, marked
 * with `lang="de"` and a visible note.
 */
export function PortalEintrag({ text, sprache, t }: { text: string; sprache: Sprache; t: PortalTexte }) {
  if (sprache === "de") return <>{text}</>;
  const uebersetzt = uebersetzeEintrag(text, sprache);
  if (uebersetzt) return <>{uebersetzt}</>;
  return (
    <>
      <span lang="de-DE" dir="ltr">
        {text}
      </span>{" "}
      <span className="kp-portal-nur-deutsch">({t.plan.nurDeutsch})</span>
    </>
  );
}
