import type { IsoDate } from "../../../domain/shared/isoDate";

/** The instant seed rows are stamped with: noon UTC of `heute`, which is `heute` in Berlin too. */
export const seedZeitpunkt = (heute: IsoDate): Date => new Date(`${heute}T12:00:00Z`);
