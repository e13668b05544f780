import { type IsoDate } from "../shared/isoDate";
import { type Anhoerung } from "./anhoerung";
import { type Brief } from "./brief";
import { type RechtsfolgenEntscheidung } from "./entscheidung";
import { type RechtsfolgenEreignis } from "./ereignis";
import { type Frist } from "./fristen";
import { type Schlichtung } from "./schlichtung";

export interface PlanVersionEintrag {
  planId: string;
  nummer: number;
  status: string;
  abgestimmtAm: IsoDate | null;
  rechtsstand: string;
}

/** One entry of a person's timeline, in date order. */
export type ZeitleistenEintrag =
  | { typ: "plan_version"; datum: IsoDate; version: PlanVersionEintrag }
  | { typ: "brief"; datum: IsoDate; brief: Brief }
  | { typ: "schlichtung"; datum: IsoDate; schlichtung: Schlichtung }
  | { typ: "ereignis"; datum: IsoDate; ereignis: RechtsfolgenEreignis }
  | { typ: "anhoerung"; datum: IsoDate; anhoerung: Anhoerung }
  | { typ: "entscheidung"; datum: IsoDate; entscheidung: RechtsfolgenEntscheidung }
  | { typ: "frist"; datum: IsoDate; frist: Frist };

export interface ZeitleistenQuellen {
  versionen: readonly PlanVersionEintrag[];
  briefe: readonly Brief[];
  schlichtungen: readonly Schlichtung[];
  ereignisse: readonly RechtsfolgenEreignis[];
  anhoerungen: readonly Anhoerung[];
  entscheidungen: readonly RechtsfolgenEntscheidung[];
  fristen: readonly Frist[];
}

const RANG: Record<ZeitleistenEintrag["typ"], number> = {
  plan_version: 0,
  brief: 1,
  schlichtung: 2,
  ereignis: 3,
  anhoerung: 4,
  entscheidung: 5,
  frist: 6,
};

/** Merges everything that happened (and the open deadlines) into one list, oldest first. */
export function baueZeitleiste(q: ZeitleistenQuellen): ZeitleistenEintrag[] {
  const eintraege: ZeitleistenEintrag[] = [
    ...q.versionen
      .filter((v) => v.abgestimmtAm !== null)
      .map((v) => ({ typ: "plan_version" as const, datum: v.abgestimmtAm as IsoDate, version: v })),
    ...q.briefe.map((b) => ({ typ: "brief" as const, datum: b.versandtAm ?? b.datum, brief: b })),
    ...q.schlichtungen.map((s) => ({ typ: "schlichtung" as const, datum: s.beginn, schlichtung: s })),
    ...q.ereignisse.map((e) => ({ typ: "ereignis" as const, datum: e.datum, ereignis: e })),
    ...q.anhoerungen.map((a) => ({ typ: "anhoerung" as const, datum: a.am, anhoerung: a })),
    ...q.entscheidungen.map((e) => ({
      typ: "entscheidung" as const,
      datum: e.feststellungAm,
      entscheidung: e,
    })),
    ...q.fristen.map((f) => ({ typ: "frist" as const, datum: f.bis, frist: f })),
  ];
  return eintraege.sort((a, b) =>
    a.datum === b.datum ? RANG[a.typ] - RANG[b.typ] : a.datum < b.datum ? -1 : 1,
  );
}
