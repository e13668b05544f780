-- Audit access (ADR 0011): the data-protection officer role, who may read the audit log, partitions
-- closed to the application role, a narrow lookup for refused accesses, and indexes for paging.

-- 1. A new staff role: the data-protection officer (Datenschutzbeauftragte) reads the audit log of
--    their jobcentre and nothing of the case content. The existing policies name the roles that may
--    read persons, plans etc., so 'datenschutz' sees none of those rows.
ALTER TABLE mitarbeitende DROP CONSTRAINT mitarbeitende_rolle_check;
ALTER TABLE mitarbeitende ADD CONSTRAINT mitarbeitende_rolle_check
  CHECK (rolle IN ('integrationsfachkraft', 'teamleitung', 'admin', 'datenschutz'));

-- 2. Who reads the audit log: the team lead the rows about persons (the per-person protocol), the
--    data-protection officer every row of the jobcentre. Administration reads none (no person data).
--    Everybody appends rows for themselves only.
DROP POLICY eigener_jobcenter ON audit_log;
CREATE POLICY lesen ON audit_log FOR SELECT TO kp_app
  USING (jobcenter_id = kp_jobcenter()
         AND (kp_rolle() = 'datenschutz' OR (kp_rolle() = 'teamleitung' AND person_id IS NOT NULL)));
CREATE POLICY anfuegen ON audit_log FOR INSERT TO kp_app
  WITH CHECK (jobcenter_id = kp_jobcenter() AND akteur_id IS NOT DISTINCT FROM kp_user());

-- 3. Partitions are reached only through audit_log, whose policies apply there. Direct rights on a
--    partition would bypass them (a partition has its own, empty, row-level security), so kp_app has
--    none, and row-level security is switched on for each partition as a second lock.
CREATE FUNCTION kp_audit_partitionen_absichern() RETURNS void LANGUAGE plpgsql AS $$
DECLARE t regclass;
BEGIN
  FOR t IN SELECT i.inhrelid::regclass FROM pg_inherits i WHERE i.inhparent = 'audit_log'::regclass LOOP
    EXECUTE format('REVOKE ALL ON %s FROM kp_app, PUBLIC', t);
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
  END LOOP;
END $$;
REVOKE ALL ON FUNCTION kp_audit_partitionen_absichern() FROM PUBLIC;

-- The monthly partitions of migration 0007 (Berlin months from the app clock's month), now without any
-- grant to kp_app, and every partition secured after each run.
CREATE OR REPLACE FUNCTION kp_ensure_audit_partitions(ab date, months_ahead integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  m date := date_trunc('month', ab)::date;
  name text;
BEGIN
  FOR i IN 0..months_ahead LOOP
    name := 'audit_log_' || to_char(m, 'YYYY_MM');
    IF NOT EXISTS (SELECT 1 FROM pg_class WHERE relname = name) THEN
      BEGIN
        EXECUTE format('CREATE TABLE %I PARTITION OF audit_log FOR VALUES FROM (%L) TO (%L)', name,
                       m::timestamp AT TIME ZONE 'Europe/Berlin',
                       (m + interval '1 month')::timestamp AT TIME ZONE 'Europe/Berlin');
      EXCEPTION WHEN check_violation OR invalid_object_definition THEN
        RAISE NOTICE 'audit partition % skipped: %', name, SQLERRM;
      END;
    END IF;
    m := (m + interval '1 month')::date;
  END LOOP;
  PERFORM kp_audit_partitionen_absichern();
END $$;
REVOKE ALL ON FUNCTION kp_ensure_audit_partitions(date, integer) FROM PUBLIC;

SELECT kp_audit_partitionen_absichern();

-- 4. A refused access names the person it aimed at, where the id resolves in the actor's own
--    jobcentre (the actor cannot see the row, so the lookup is a narrow definer function that returns
--    only the person id; ids of another jobcentre resolve to NULL).
CREATE FUNCTION kp_audit_ziel_person(p_ziel text, p_id uuid) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT CASE p_ziel
    WHEN 'personId' THEN (SELECT id FROM leistungsberechtigte WHERE id = p_id AND jobcenter_id = kp_jobcenter())
    WHEN 'planId' THEN (SELECT person_id FROM kooperationsplan WHERE id = p_id AND jobcenter_id = kp_jobcenter())
    WHEN 'briefId' THEN (SELECT person_id FROM brief WHERE id = p_id AND jobcenter_id = kp_jobcenter())
    WHEN 'ereignisId' THEN
      (SELECT person_id FROM rechtsfolgen_ereignis WHERE id = p_id AND jobcenter_id = kp_jobcenter())
    WHEN 'schlichtungId' THEN (SELECT person_id FROM schlichtung WHERE id = p_id AND jobcenter_id = kp_jobcenter())
    WHEN 'entscheidungId' THEN
      (SELECT person_id FROM rechtsfolgen_entscheidung WHERE id = p_id AND jobcenter_id = kp_jobcenter())
  END
$$;
REVOKE ALL ON FUNCTION kp_audit_ziel_person(text, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kp_audit_ziel_person(text, uuid) TO kp_app;

-- 5. Keyset paging in a stable order (at, id), per person and over the jobcentre.
CREATE INDEX audit_log_person_seite ON audit_log (jobcenter_id, person_id, at DESC, id DESC);
CREATE INDEX audit_log_jobcenter_seite ON audit_log (jobcenter_id, at DESC, id DESC);
CREATE INDEX audit_log_akteur_seite ON audit_log (jobcenter_id, akteur_id, at DESC, id DESC);
DROP INDEX audit_log_person;
