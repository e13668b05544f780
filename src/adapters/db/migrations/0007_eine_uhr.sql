-- One clock (issue 9, ADR 0009): the application's injected clock stamps every row, so the monthly audit
-- partitions follow that clock's month, not the database's now(). Months are Berlin calendar months.
DROP FUNCTION kp_ensure_audit_partitions(integer);

-- Creates the monthly partitions from the month of `ab` on (idempotent). A month is skipped when its rows
-- already sit in audit_log_default or an older partition overlaps it: rows are never moved (append-only),
-- the default partition keeps them.
CREATE FUNCTION kp_ensure_audit_partitions(ab date, months_ahead integer) RETURNS void LANGUAGE plpgsql AS $$
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
        EXECUTE format('GRANT SELECT, INSERT ON %I TO kp_app', name);
      EXCEPTION WHEN check_violation OR invalid_object_definition THEN
        RAISE NOTICE 'audit partition % skipped: %', name, SQLERRM;
      END;
    END IF;
    m := (m + interval '1 month')::date;
  END LOOP;
END $$;
