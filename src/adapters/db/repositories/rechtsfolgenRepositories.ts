import type { Actor } from "../../../application/ports";
import type { RechtsfolgenRepositories } from "../../../application/rechtsfolgen/ports";
import type { Sql } from "../database";
import { anhoerungRepository } from "./anhoerungRepository";
import { briefRepository } from "./briefRepository";
import { entscheidungRepository } from "./entscheidungRepository";
import { ereignisRepository } from "./ereignisRepository";
import { regelOverrideRepository } from "./regelOverrideRepository";
import { schlichtungRepository } from "./schlichtungRepository";

/** The repositories of letters, Schlichtung, events, hearings, decisions and rule corrections. */
export function rechtsfolgenRepositories(sql: Sql, actor: Actor): RechtsfolgenRepositories {
  const { jobcenterId, userId } = actor;
  return {
    briefe: briefRepository(sql, jobcenterId, userId),
    schlichtungen: schlichtungRepository(sql, jobcenterId, userId),
    ereignisse: ereignisRepository(sql, jobcenterId, userId),
    anhoerungen: anhoerungRepository(sql, jobcenterId, userId),
    entscheidungen: entscheidungRepository(sql, jobcenterId, userId),
    regelOverrides: regelOverrideRepository(sql, jobcenterId, userId),
  };
}
