-- Integrity rules (issue 9, section 3): references to the exact plan version and agreement dates with a
-- reason for a late entry.

-- An upload refers to the plan version agreed when it was sent (null: there was none).
ALTER TABLE portal_nachweis ADD COLUMN plan_version_id uuid REFERENCES plan_version(id);

-- No back-dated agreement (ADR 0010): each jobcentre limits how many days an agreement may be entered
-- after its day; a late entry keeps its stated reason with the (then immutable) version.
ALTER TABLE jobcenter ADD COLUMN rueckdatierung_tage integer NOT NULL DEFAULT 14
  CHECK (rueckdatierung_tage BETWEEN 0 AND 60);
ALTER TABLE plan_version ADD COLUMN rueckdatierung_grund text CHECK (length(rueckdatierung_grund) BETWEEN 1 AND 500);

CREATE OR REPLACE FUNCTION kp_plan_version_unveraenderlich() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'entwurf' AND (
       NEW.inhalt IS DISTINCT FROM OLD.inhalt OR NEW.abgestimmt_am IS DISTINCT FROM OLD.abgestimmt_am
       OR NEW.ueberpruefung_am IS DISTINCT FROM OLD.ueberpruefung_am OR NEW.nummer <> OLD.nummer
       OR NEW.rueckdatierung_grund IS DISTINCT FROM OLD.rueckdatierung_grund
       OR NOT (OLD.status = 'abgestimmt' AND NEW.status IN ('abgestimmt', 'ersetzt'))) THEN
    RAISE EXCEPTION 'plan_version % ist abgestimmt und unveränderlich', OLD.id USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;
