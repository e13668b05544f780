/**
 * Abbreviations after which a period does not end a sentence (lower case, without the period).
 * Single letters ("z. B.", "u. a.", initials) are handled separately. "usw." and "etc." are left out
 * on purpose: they often end a sentence, so they split when an upper-case word follows.
 */
// prettier-ignore
export const ABKUERZUNGEN: ReadonlySet<string> = new Set([
  "abs", "abt", "allg", "anm", "bspw", "bzgl", "bzw", "ca", "dr", "eigtl", "evtl", "fa", "fr", "frl",
  "geb", "gem", "ggf", "ggfs", "hr", "hrn", "inkl", "insb", "jh", "kap", "max", "min", "mind", "mio",
  "mrd", "mtl", "nr", "nrn", "prof", "rd", "sog", "std", "str", "tel", "tsd", "usf", "vgl", "vs", "wg",
  "zb", "zzgl", "zt", "zw", "jan", "feb", "febr", "apr", "aug", "sep", "sept", "okt", "nov", "dez", "gdb",
  "ärztl", "einschl", "erforderl", "tägl", "wö", "wöchentl",
]);

/** Month names: "am 12. März" is no sentence end. */
// prettier-ignore
export const MONATE: ReadonlySet<string> = new Set([
  "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
  "november", "dezember", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "okt", "nov", "dez",
]);
