import { planeErinnerungen as plane } from "../../domain/erinnerung/planung";
import { berlinDate } from "../../domain/shared/isoDate";
import type { Clock } from "../ports";
import type { AuftragQueue, ErinnerungsQuelle } from "./ports";

/** Enqueues the reminders due now, by idempotency key: running it twice enqueues nothing new. */
export async function planeErinnerungen(
  deps: { quelle: ErinnerungsQuelle; queue: AuftragQueue; clock: Clock },
  jetzt: Date = deps.clock.now(),
): Promise<number> {
  const lage = await deps.quelle.lage(berlinDate(jetzt));
  return deps.queue.einreihen(plane(lage), jetzt);
}
