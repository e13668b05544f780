export { checkPlanQualitaet, type PlanQualitaet, type QualitaetsOptionen } from "./checkPlanQualitaet";
export { codeEintrag, isAreaFor, type EintragCode } from "./codeEintrag";
export { codeInhalt } from "./codeInhalt";
export { codierText } from "./codierText";
export { ART_DER_SECTION } from "./eintragArten";
export { eintragBefund, type EintragBefund } from "./eintragBefund";
export { addVorlage, werteAusPlan } from "./addVorlage";
export { addAngebot } from "./addAngebot";
