import type { Actor, Clock } from "../../../application/ports";
import type { RechtsfolgenRepositories } from "../../../application/rechtsfolgen/ports";
import type { Sql } from "../database";
import { anhoerungRepository } from "./anhoerungRepository";
import { briefRepository } from "./briefRepository";
import { entscheidungRepository } from "./entscheidungRepository";
import { ereignisRepository } from "./ereignisRepository";
import { regelOverrideRepository } from "./regelOverrideRepository";
import { schlichtungRepository } from "./schlichtungRepository";

/** The repositories of letters, Schlichtung, events, hearings, decisions and rule corrections. */
export function rechtsfolgenRepositories(sql: Sql, actor: Actor, clock: Clock): RechtsfolgenRepositories {
  const { jobcenterId, userId } = actor;
  return {
    briefe: briefRepository(sql, jobcenterId, userId, clock),
    schlichtungen: schlichtungRepository(sql, jobcenterId, userId, clock),
    ereignisse: ereignisRepository(sql, jobcenterId, userId, clock),
    anhoerungen: anhoerungRepository(sql, jobcenterId, userId, clock),
    entscheidungen: entscheidungRepository(sql, jobcenterId, userId, clock),
    regelOverrides: regelOverrideRepository(sql, jobcenterId, userId, clock),
  };
}
