export { AREA_LABELS, ENTRY_KINDS, UNTERSTUETZUNG_AREAS, ZIEL_AREAS, areasForKind } from "./areas";
export type { Area, EntryKind, UnterstuetzungArea, ZielArea } from "./areas";
export { codeEntry } from "./codeEntry";
export type { Coding, PlanEntry } from "./codeEntry";
export { evaluateCoder } from "./evaluateCoder";
export type { Evaluation, EvaluationRow } from "./evaluateCoder";
export { hintForEntry } from "./hintForEntry";
