/** Regular-expression building blocks for German dates, numbers and time units (folded text). */
export const NUMBER_WORD =
  "(?:zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf|fuenfzehn|zwanzig|dreissig|vierzig|fuenfzig|hundert)";
export const ORDINAL =
  "(?:erste|zweite|dritte|vierte|fuenfte|sechste|siebte|achte|neunte|zehnte|vierzehnte)[nmrs]?";
export const NUMBER = `(?:\\d+(?:[.,]\\d+)?|${NUMBER_WORD}|einer?|eines|einem|einen)`;
export const TIME_UNIT = "(?:werktag|tag|woche|monat|quartal|halbjahr|jahr|stunde)(?:e|en|n|s|es)?";
export const MONTH =
  "(?:januar|jaenner|februar|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mrz|apr|jun|jul|aug|sept?|okt|nov|dez)\\.?";
export const SEASON =
  "(?:fruehjahr|fruehling|sommer|herbst|winter|jahresende|jahresmitte|jahresbeginn|jahresanfang|monatsende|sommerferien|schuljahr|ausbildungsjahr|quartals?|halbjahres?)";
export const WEEKDAY = "(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)";
export const FREQUENCY_ADVERB =
  "(?:taeglich|woechentlich|monatlich|vierzehntaegig|zweiwoechentlich|dreiwoechentlich|jaehrlich|halbjaehrlich|werktaeglich|quartalsweise|stuendlich)\\w*";
export const DAYTIME = "(?:morgen|vormittag|mittag|nachmittag|abend|wochenende)";
