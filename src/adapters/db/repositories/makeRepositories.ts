import type { Actor, Clock, Repositories } from "../../../application/ports";
import type { Sql } from "../database";
import { angebotRepository } from "./angebotRepository";
import { auditLog } from "./auditLog";
import { budgetRepository } from "./budgetRepository";
import { auditProtokollRepository } from "./auditProtokollRepository";
import { personRepository } from "./personRepository";
import { planRepository } from "./planRepository";
import { posteingangRepository } from "./posteingangRepository";
import { potenzialanalyseRepository } from "./potenzialanalyseRepository";
import { rechtsfolgenRepositories } from "./rechtsfolgenRepositories";
import { stammdatenRepository } from "./stammdatenRepository";
import { terminvermerkRepository } from "./terminvermerkRepository";

/** All repositories for one transaction, acting for `actor`; every timestamp they write is `clock.now()`. */
export function makeRepositories(sql: Sql, actor: Actor, clock: Clock): Repositories {
  return {
    personen: personRepository(
      sql,
      actor.jobcenterId,
      actor.rolle === "integrationsfachkraft" ? actor.userId : null,
      clock,
    ),
    plaene: planRepository(sql, actor.jobcenterId, actor.userId, clock),
    potenzialanalysen: potenzialanalyseRepository(sql, actor.jobcenterId, actor.userId, clock),
    terminvermerke: terminvermerkRepository(sql, actor.jobcenterId, actor.userId, clock),
    audit: auditLog(sql, actor, clock),
    auditProtokoll: auditProtokollRepository(sql, actor),
    stammdaten: stammdatenRepository(sql, actor.jobcenterId),
    rechtsfolgen: rechtsfolgenRepositories(sql, actor, clock),
    angebote: angebotRepository(sql, actor.jobcenterId, actor.userId, clock),
    budget: budgetRepository(sql, actor.jobcenterId, actor.userId, clock),
    posteingang: posteingangRepository(sql, actor, clock),
  };
}
