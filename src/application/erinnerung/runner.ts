import type { Clock } from "../ports";
import type { AdressatQuelle, AuftragQueue, MailTexte, MailVersand } from "./ports";

/** After this many attempts a job fails for good (visible in the table, not retried). */
export const MAX_VERSUCHE = 5;
/** Lease of a claim: far longer than an SMTP send may take (the transport times out after 30 s). */
export const LEASE_MS = 5 * 60 * 1000;

export interface RunnerDeps {
  queue: AuftragQueue;
  adressaten: AdressatQuelle;
  versand: MailVersand;
  texte: MailTexte;
  clock: Clock;
  leaseMs?: number;
}

export interface Runner {
  /** Works off every due job; returns how many messages were sent. */
  abarbeiten(): Promise<number>;
  start(intervalMs: number): void;
  stop(): Promise<void>;
}

/**
 * The in-process runner (ADR 0024): claim one job with a lease, resolve the recipient, send with the
 * job's deterministic Message-ID, mark sent (fenced by the attempt number). A crash between claim and
 * send leaves the job `in_arbeit`; when the lease has expired the next run claims it again.
 */
export function erinnerungsRunner(deps: RunnerDeps): Runner {
  const leaseMs = deps.leaseMs ?? LEASE_MS;
  let timer: NodeJS.Timeout | null = null;
  let laufend: Promise<number> | null = null;

  async function einmal(): Promise<boolean | "gesendet"> {
    const auftrag = await deps.queue.beanspruchen(deps.clock.now(), leaseMs);
    if (!auftrag) return false;
    if (auftrag.versuche > MAX_VERSUCHE) {
      await deps.queue.markiereFehler(auftrag, "zu viele Versuche", null);
      return true;
    }
    const adressat = await deps.adressaten.finde(auftrag);
    if (!adressat) {
      await deps.queue.markiereEntfallen(auftrag, "kein Empfänger (nicht eingewilligt oder keine Adresse)");
      return true;
    }
    try {
      await deps.versand.senden({ ...deps.texte(auftrag, adressat), messageId: auftrag.messageId });
    } catch (error) {
      const warten = 60_000 * 2 ** auftrag.versuche;
      const naechster =
        auftrag.versuche >= MAX_VERSUCHE ? null : new Date(deps.clock.now().getTime() + warten);
      await deps.queue.markiereFehler(
        auftrag,
        error instanceof Error ? error.message : "Versand fehlgeschlagen",
        naechster,
      );
      return true;
    }
    await deps.queue.markiereGesendet(auftrag, deps.clock.now());
    return "gesendet";
  }

  async function abarbeiten(): Promise<number> {
    let gesendet = 0;
    for (;;) {
      const ergebnis = await einmal();
      if (!ergebnis) return gesendet;
      if (ergebnis === "gesendet") gesendet += 1;
    }
  }

  /** One run at a time in this process; a tick while a run is going waits for the next tick. */
  function lauf(): Promise<number> {
    laufend ??= abarbeiten().finally(() => (laufend = null));
    return laufend;
  }

  return {
    abarbeiten: lauf,
    start(intervalMs) {
      if (timer) return;
      timer = setInterval(() => {
        lauf().catch(() => console.error("Erinnerungen: Versand-Lauf fehlgeschlagen"));
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await laufend?.catch(() => 0);
    },
  };
}
