import { berlinDate, type IsoDate } from "../domain/shared/isoDate";
import type { Clock } from "./ports";

/** Today's calendar date in Europe/Berlin. */
export const today = (clock: Clock): IsoDate => berlinDate(clock.now());
