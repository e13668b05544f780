import type { Zeile } from "./hinweisZeilen";

/** Renders hint lines (the browser script builds the same markup in `renderZeilen`). */
export function Zeilen({ zeilen }: { zeilen: readonly Zeile[] }) {
  return (
    <>
      {zeilen.map((z, i) => (
        <p key={i} className={`kern-body kern-body--small kp-zeile kp-zeile--${z.art}`}>
          {z.titel && <strong>{z.titel} </strong>}
          {z.text}
        </p>
      ))}
    </>
  );
}
