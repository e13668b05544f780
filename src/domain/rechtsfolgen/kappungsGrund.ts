import { type Bemessung } from "./bemessung";
import { formatMonat } from "./monat";
import { begruende, type Begruendung } from "./regel";
import { type VerlaufMonat } from "./rechtsfolgenErgebnis";

/** Explains the cap for concurrent reductions (§ 31a Abs. 4 Satz 1 SGB II), or `null` when none ran alongside. */
export function kappungsGrund(b: Bemessung, verlauf: VerlaufMonat[]): Begruendung | null {
  const neben = verlauf.filter((m) => m.gesamtProzent > m.prozent);
  if (neben.length === 0) return null;
  const gekappt = verlauf.filter((m) => m.prozent < b.regelProzent);
  if (gekappt.length === 0) {
    const hoechst = Math.max(...neben.map((m) => m.gesamtProzent));
    return begruende(
      b.satz.kappung,
      `Zusammen mit den laufenden Minderungen beträgt die Minderung ${hoechst} % des Regelbedarfs (Obergrenze ${b.grenze} %).`,
    );
  }
  const monate = gekappt.map((m) => `${formatMonat(m.monat)}: ${m.prozent} %`).join(", ");
  return begruende(
    b.satz.kappung,
    `Alle Minderungen zusammen sind auf ${b.grenze} % des Regelbedarfs begrenzt. Wegen laufender Minderungen mindert ` +
      `diese Minderung statt ${b.regelProzent} % nur so: ${monate}.`,
  );
}
