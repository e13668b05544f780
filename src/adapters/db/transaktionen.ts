import type { Clock } from "../../application/ports";
import type { Transaktionen } from "../../application/transaktionen";
import type { Database } from "./database";
import { anmeldesperreRepository } from "./repositories/anmeldesperreRepository";
import { einwilligungRepository } from "./repositories/einwilligungRepository";
import { findKalenderAbo, kalenderAboRepository } from "./repositories/kalenderAboRepository";
import { makeRepositories } from "./repositories/makeRepositories";
import { asRecipient } from "./repositories/portalAuthStore";
import { portalRepositories, recipientRepositories } from "./repositories/portalRepositories";

/** The transaction runner on PostgreSQL or PGlite: the one place that binds repositories to a transaction. */
export function dbTransaktionen(db: Database, clock: Clock): Transaktionen {
  return {
    alsFachkraft: (actor, fn) =>
      db.transaction({ jobcenterId: actor.jobcenterId, userId: actor.userId, rolle: actor.rolle }, (sql) =>
        fn({
          repos: makeRepositories(sql, actor, clock),
          portal: () =>
            portalRepositories(
              sql,
              { jobcenterId: actor.jobcenterId, userId: actor.userId, rolle: actor.rolle, personId: null },
              clock,
            ),
          anmeldesperren: () => anmeldesperreRepository(sql, actor.jobcenterId),
          kalenderAbos: () =>
            kalenderAboRepository(sql, {
              art: "mitarbeiter",
              jobcenterId: actor.jobcenterId,
              mitarbeiterId: actor.userId,
            }),
        }),
      ),
    alsEmpfaenger: (akteur, fn) =>
      asRecipient(db, akteur, (sql) =>
        fn({
          repos: recipientRepositories(sql, akteur, clock),
          kalenderAbos: () =>
            kalenderAboRepository(sql, {
              art: "person",
              jobcenterId: akteur.jobcenterId,
              personId: akteur.personId,
            }),
          einwilligung: () => einwilligungRepository(sql, akteur.kontoId),
        }),
      ),
    findKalenderAbo: (tokenHash) => findKalenderAbo(db, tokenHash),
    pruefeDatenbank: async () => {
      await db.transaction(null, (sql) => sql.query("SELECT 1"));
      return db.kind;
    },
  };
}
