import { type LexiconSpec } from "./lexiconSpec";

/** `pruefung`: the jobcentre arranges a formal assessment (medical or psychological service, rehab need). */
export const PRUEFUNG: LexiconSpec = {
  area: "pruefung",
  words: {
    "gutacht*": 4,
    "*gutacht*": 4,
    "begutacht*": 4,
    "gesundheitsfragebogen*": 4,
    "leistungsvermoeg*": 4,
    "leistungsfaehig*": 3,
    "erwerbsfaehig*": 4,
    "*erwerbsfaehig*": 4,
    "arbeitsfaehig*": 3,
    "eignung*": 2,
    "pruef*": 1,
    "untersuch*": 3,
    "einschalt*": 2,
    "schalt*": 2,
    "auftrag*": 2,
    "*auftrag^": 2,
    "beauftrag*": 2,
    "befund*": 3,
    "schweigepflicht*": 3,
    reha: 3,
    "reha*": 3,
    "rehabilitation*": 3,
    "belastungserprob*": 3,
    "sozialmedizin*": 4,
    "amtsarzt*": 4,
    "psycholog*": 3,
  },
  patterns: [
    [/\baerztlich\w* dienst\w*/, 5],
    [/\bpsychologisch\w* dienst\w*|\bberufspsychologisch\w*/, 5],
    [/\breha\w*[ -]?bedarf\w*/, 5],
  ],
};
