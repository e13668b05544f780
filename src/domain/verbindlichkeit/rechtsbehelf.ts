/**
 * Rechtsbehelfsbelehrung (§ 36 SGB X, § 84 SGG): Widerspruch within one month, in writing or on record,
 * at the jobcentre's address.
 */
export function rechtsbehelfText(jobcenterName: string, anschrift: string): string {
  return (
    `Sie können gegen dieses Schreiben innerhalb eines Monats nach Bekanntgabe Widerspruch einlegen. ` +
    `Schreiben Sie an ${jobcenterName}, ${anschrift}, oder kommen Sie vorbei und lassen Sie Ihren Widerspruch aufschreiben.`
  );
}
