/** The counsellor's reminder e-mail: no person's name, at most the BG number (issue 12 § 2, ADR 0024). */
export const erinnerung = {
  betreff: "Neue Einträge in Ihrem Posteingang",
  text: "Es gibt neue Einträge in Ihrem Posteingang im Kooperationsplan.",
  bedarfsgemeinschaft: (bgNummer: string) => `Bedarfsgemeinschaft: ${bgNummer}`,
  link: "Zum Posteingang:",
  mailAus: "E-Mail-Versand ist aus (SMTP_URL nicht gesetzt)",
};
