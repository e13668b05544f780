-- Issue 12 § 2, ADR 0024: reminders that arrive. `auftrag` is the job queue of the in-process runner
-- (src/application/erinnerung): one row per message to send, found again by its idempotency key
-- `schluessel` (e.g. `ueberpruefung-faellig:<planId>:<date>`), so planning twice enqueues nothing new.
-- The payload holds ids only, never names or step texts. Every timestamp comes from the app's clock.
CREATE TABLE auftrag (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  art text NOT NULL CHECK (art IN ('ueberpruefung_bald', 'ueberpruefung_ueberfaellig', 'frist_morgen',
                                   'portal_aktivitaet')),
  schluessel text NOT NULL UNIQUE CHECK (schluessel ~ '^[a-z_-]+(:[0-9a-zA-Z_-]{1,64}){1,3}$'),
  empfaenger text NOT NULL CHECK (empfaenger IN ('person', 'mitarbeiter')),
  person_id uuid REFERENCES leistungsberechtigte(id),
  mitarbeiter_id uuid REFERENCES mitarbeitende(id),
  payload jsonb NOT NULL DEFAULT '{}',
  faellig_am timestamptz NOT NULL,
  -- 'entfallen': nothing to send at send time (opted out, no address, account closed).
  status text NOT NULL DEFAULT 'geplant'
    CHECK (status IN ('geplant', 'in_arbeit', 'gesendet', 'fehlgeschlagen', 'entfallen')),
  versuche integer NOT NULL DEFAULT 0 CHECK (versuche >= 0),
  beansprucht_bis timestamptz,
  gesendet_am timestamptz,
  message_id text,
  fehler text,
  erstellt_am timestamptz NOT NULL,
  CHECK ((empfaenger = 'person' AND person_id IS NOT NULL)
      OR (empfaenger = 'mitarbeiter' AND mitarbeiter_id IS NOT NULL)),
  CHECK (status <> 'in_arbeit' OR beansprucht_bis IS NOT NULL),
  CHECK (status <> 'gesendet' OR (gesendet_am IS NOT NULL AND message_id IS NOT NULL))
);
-- The runner's claim: due planned jobs and expired leases, oldest first.
CREATE INDEX auftrag_offen ON auftrag (faellig_am) WHERE status IN ('geplant', 'in_arbeit');

-- Owner only: the queue spans all jobcentres and is read and written by the runner and the planner,
-- which run as maintenance (like the audit partitions), never in a request. kp_app has no grant and
-- RLS is on without a policy, so a request context can never see a job.
ALTER TABLE auftrag ENABLE ROW LEVEL SECURITY;

-- The recipient's choice in the portal: off until they opt in, with the address to write to.
ALTER TABLE portal_konto ADD COLUMN erinnerung_email text
  CHECK (erinnerung_email IS NULL OR (length(erinnerung_email) <= 254 AND erinnerung_email ~ '^[^@\s]+@[^@\s]+$'));
ALTER TABLE portal_konto ADD COLUMN erinnerungen_an boolean NOT NULL DEFAULT false;
ALTER TABLE portal_konto ADD CHECK (NOT erinnerungen_an OR erinnerung_email IS NOT NULL);
