/** Date and time in Europe/Berlin, e.g. `26.11.2026, 10:00` (Latin digits in every language). */
export const formatZeit = (iso: string): string =>
  new Date(iso).toLocaleString("de-DE", {
    timeZone: "Europe/Berlin",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
