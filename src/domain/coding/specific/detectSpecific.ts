import { originalText } from "../originalText";
import { type PreparedText } from "../prepareText";
import { AMOUNT_RULES } from "./amountRules";
import { findNamedCounterparts } from "./findNamedCounterparts";
import { applyMarkerRules, type Marker } from "./marker";
import { maskIgnoredNumbers } from "./maskIgnoredNumbers";
import { TIME_RULES } from "./timeRules";

/**
 * Finds the concrete details of an entry (codebook `specific`): a date, deadline or time frame,
 * a frequency, number or amount, or an identifiable counterpart. Vague words ("regelmäßig",
 * "zeitnah"), generic services and numbers describing the person do not count.
 */
export function detectSpecific(prepared: PreparedText, isDomainWord: (w: string) => boolean): Marker[] {
  const masked = maskIgnoredNumbers(prepared.folded);
  const display = (start: number, end: number): string => originalText(prepared.expanded, start, end);
  const time = applyMarkerRules(masked, TIME_RULES, display);
  const amounts = applyMarkerRules(time.rest, AMOUNT_RULES, display);
  return [...time.markers, ...amounts.markers, ...findNamedCounterparts(prepared.expanded, isDomainWord)];
}
