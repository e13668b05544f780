-- Integrity rules (issue 9, section 3): references to the exact plan version, agreement dates with a
-- reason, declared refusals, budget commitments and health data only for the responsible counsellor.

-- An upload refers to the plan version agreed when it was sent (null: there was none).
ALTER TABLE portal_nachweis ADD COLUMN plan_version_id uuid REFERENCES plan_version(id);
