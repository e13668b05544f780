import type { Actor, Repositories } from "../../../application/ports";
import type { Sql } from "../database";
import { angebotRepository } from "./angebotRepository";
import { auditLog } from "./auditLog";
import { auditProtokollRepository } from "./auditProtokollRepository";
import { personRepository } from "./personRepository";
import { planRepository } from "./planRepository";
import { potenzialanalyseRepository } from "./potenzialanalyseRepository";
import { rechtsfolgenRepositories } from "./rechtsfolgenRepositories";
import { stammdatenRepository } from "./stammdatenRepository";
import { terminvermerkRepository } from "./terminvermerkRepository";

/** All repositories for one transaction, acting for `actor`. */
export function makeRepositories(sql: Sql, actor: Actor): Repositories {
  return {
    personen: personRepository(
      sql,
      actor.jobcenterId,
      actor.rolle === "integrationsfachkraft" ? actor.userId : null,
    ),
    plaene: planRepository(sql, actor.jobcenterId, actor.userId),
    potenzialanalysen: potenzialanalyseRepository(sql, actor.jobcenterId, actor.userId),
    terminvermerke: terminvermerkRepository(sql, actor.jobcenterId, actor.userId),
    audit: auditLog(sql, actor),
    auditProtokoll: auditProtokollRepository(sql, actor),
    stammdaten: stammdatenRepository(sql, actor.jobcenterId),
    rechtsfolgen: rechtsfolgenRepositories(sql, actor),
    angebote: angebotRepository(sql, actor.jobcenterId, actor.userId),
  };
}
