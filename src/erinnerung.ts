import type { Database } from "./adapters/db/database";
import {
  adressatQuelle,
  auftragQueue,
  erinnerungsQuelle,
} from "./adapters/db/repositories/auftragRepository";
import { mailDomain, mailTexte, smtpVersand } from "./adapters/mail/smtpVersand";
import { planeErinnerungen } from "./application/erinnerung/planeErinnerungen";
import { erinnerungsRunner, type Runner } from "./application/erinnerung/runner";
import type { Clock } from "./application/ports";

export interface ErinnerungsDienst {
  runner: Runner;
  /** Enqueues the due reminders (idempotent); returns how many jobs were new. */
  planen(): Promise<number>;
  start(optionen: { versandMs: number; planungMs: number }): void;
  stop(): Promise<void>;
}

/** Wires queue, planner, runner and SMTP for reminders by e-mail (ADR 0024). */
export function erinnerungsDienst(
  db: Database,
  optionen: { clock: Clock; smtpUrl: string; von: string; basisUrl: string; leaseMs?: number },
): ErinnerungsDienst {
  const queue = auftragQueue(db, mailDomain(optionen.von));
  const versand = smtpVersand(optionen.smtpUrl, optionen.von);
  const runner = erinnerungsRunner({
    queue,
    adressaten: adressatQuelle(db),
    versand,
    texte: mailTexte(optionen.basisUrl),
    clock: optionen.clock,
    ...(optionen.leaseMs === undefined ? {} : { leaseMs: optionen.leaseMs }),
  });
  const quelle = erinnerungsQuelle(db);
  const planen = () => planeErinnerungen({ quelle, queue, clock: optionen.clock });
  let timer: NodeJS.Timeout | null = null;
  return {
    runner,
    planen,
    start({ versandMs, planungMs }) {
      const planenUndSenden = () =>
        planen()
          .then(() => runner.abarbeiten())
          .catch(() => console.error("Erinnerungen: Planung fehlgeschlagen"));
      void planenUndSenden();
      timer = setInterval(planenUndSenden, planungMs);
      timer.unref();
      runner.start(versandMs);
    },
    async stop() {
      if (timer) clearInterval(timer);
      await runner.stop();
      versand.close();
    },
  };
}
