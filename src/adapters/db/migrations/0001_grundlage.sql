-- Kooperationsplan: base schema. Runs unchanged on PostgreSQL 15+ and PGlite.
-- Every row carries its jobcenter_id (tenant) first; row-level security isolates jobcentres and,
-- within a jobcentre, restricts persons to their responsible counsellor (need-to-know, § 35 SGB I).

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kp_app') THEN
    CREATE ROLE kp_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;

DO $$
BEGIN
  EXECUTE format('GRANT kp_app TO %I', current_user);
EXCEPTION WHEN others THEN
  NULL; -- superusers may SET ROLE without membership
END $$;

CREATE FUNCTION kp_jobcenter() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('app.jobcenter_id', true), '')::uuid $$;
CREATE FUNCTION kp_user() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
CREATE FUNCTION kp_rolle() RETURNS text LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('app.rolle', true), '') $$;

CREATE TABLE jobcenter (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  anschrift text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE mitarbeitende (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  benutzername text NOT NULL UNIQUE,
  name text NOT NULL,
  email text NOT NULL DEFAULT '',
  telefon text NOT NULL DEFAULT '',
  rolle text NOT NULL CHECK (rolle IN ('integrationsfachkraft', 'teamleitung', 'admin')),
  passwort_hash text NOT NULL,
  aktiv boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mitarbeitende_jobcenter ON mitarbeitende (jobcenter_id);

CREATE TABLE sitzung (
  token_hash text PRIMARY KEY,
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  mitarbeitende_id uuid NOT NULL REFERENCES mitarbeitende(id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sitzung_user ON sitzung (jobcenter_id, mitarbeitende_id);

CREATE TABLE leistungsberechtigte (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  betreuer_id uuid NOT NULL REFERENCES mitarbeitende(id),
  vorname text NOT NULL,
  nachname text NOT NULL,
  geburtsdatum date NOT NULL,
  bg_nummer text NOT NULL,
  email text NOT NULL DEFAULT '',
  telefon text NOT NULL DEFAULT '',
  sprache text NOT NULL DEFAULT 'de',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX leistungsberechtigte_betreuer ON leistungsberechtigte (jobcenter_id, betreuer_id, nachname);
CREATE INDEX leistungsberechtigte_name ON leistungsberechtigte (jobcenter_id, lower(nachname), lower(vorname));

CREATE TABLE potenzialanalyse (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  person_id uuid NOT NULL REFERENCES leistungsberechtigte(id),
  datum date NOT NULL,
  staerken text NOT NULL DEFAULT '',
  qualifikationen text NOT NULL DEFAULT '',
  berufserfahrung text NOT NULL DEFAULT '',
  sprachniveau_deutsch text NOT NULL,
  gesundheitliche_einschraenkung boolean NOT NULL DEFAULT false,
  -- special-category data (Art. 9 DSGVO): shown only to the responsible counsellor
  gesundheit_hinweis text NOT NULL DEFAULT '',
  weitere_umstaende text NOT NULL DEFAULT '',
  erstellt_von uuid NOT NULL REFERENCES mitarbeitende(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX potenzialanalyse_person ON potenzialanalyse (jobcenter_id, person_id, datum DESC);

CREATE TABLE kooperationsplan (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  person_id uuid NOT NULL UNIQUE REFERENCES leistungsberechtigte(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX kooperationsplan_jobcenter ON kooperationsplan (jobcenter_id);

CREATE TABLE plan_version (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  plan_id uuid NOT NULL REFERENCES kooperationsplan(id),
  person_id uuid NOT NULL REFERENCES leistungsberechtigte(id),
  nummer integer NOT NULL CHECK (nummer > 0),
  status text NOT NULL CHECK (status IN ('entwurf', 'abgestimmt', 'ersetzt')),
  inhalt jsonb NOT NULL,
  rechtsstand text NOT NULL CHECK (rechtsstand IN ('2023-07', '2026-07')),
  abgestimmt_am date,
  uebergabe_kanal text CHECK (uebergabe_kanal IN ('persoenlich', 'post', 'digital')),
  ueberpruefung_am date,
  lock_version integer NOT NULL DEFAULT 1,
  erstellt_von uuid NOT NULL REFERENCES mitarbeitende(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (plan_id, nummer),
  CHECK (status = 'entwurf' OR (abgestimmt_am IS NOT NULL AND uebergabe_kanal IS NOT NULL AND ueberpruefung_am IS NOT NULL)),
  -- § 15 Abs. 3 Satz 2 SGB II: review at the latest six months after agreement
  CHECK (ueberpruefung_am IS NULL OR ueberpruefung_am <= (abgestimmt_am + interval '6 months')::date)
);
CREATE UNIQUE INDEX plan_version_ein_entwurf ON plan_version (plan_id) WHERE status = 'entwurf';
CREATE UNIQUE INDEX plan_version_ein_gueltiger ON plan_version (plan_id) WHERE status = 'abgestimmt';
CREATE INDEX plan_version_person ON plan_version (jobcenter_id, person_id);
CREATE INDEX plan_version_faellig ON plan_version (jobcenter_id, ueberpruefung_am) WHERE status = 'abgestimmt';

-- An agreed version is never changed: only its status may move on to 'ersetzt'.
CREATE FUNCTION kp_plan_version_unveraenderlich() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'entwurf' AND (
       NEW.inhalt IS DISTINCT FROM OLD.inhalt OR NEW.abgestimmt_am IS DISTINCT FROM OLD.abgestimmt_am
       OR NEW.ueberpruefung_am IS DISTINCT FROM OLD.ueberpruefung_am OR NEW.nummer <> OLD.nummer
       OR NOT (OLD.status = 'abgestimmt' AND NEW.status IN ('abgestimmt', 'ersetzt'))) THEN
    RAISE EXCEPTION 'plan_version % ist abgestimmt und unveränderlich', OLD.id USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER plan_version_unveraenderlich BEFORE UPDATE ON plan_version
  FOR EACH ROW EXECUTE FUNCTION kp_plan_version_unveraenderlich();
CREATE FUNCTION kp_plan_version_nicht_loeschen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'entwurf' THEN
    RAISE EXCEPTION 'plan_version % ist abgestimmt und kann nicht gelöscht werden', OLD.id USING ERRCODE = 'P0001';
  END IF;
  RETURN OLD;
END $$;
CREATE TRIGGER plan_version_nicht_loeschen BEFORE DELETE ON plan_version
  FOR EACH ROW EXECUTE FUNCTION kp_plan_version_nicht_loeschen();

CREATE TABLE terminvermerk (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  person_id uuid NOT NULL REFERENCES leistungsberechtigte(id),
  datum date NOT NULL,
  grund text NOT NULL CHECK (grund IN ('gueltiger_plan', 'ueberforderung', 'sonstiges')),
  bemerkung text NOT NULL DEFAULT '',
  erstellt_von uuid NOT NULL REFERENCES mitarbeitende(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX terminvermerk_person ON terminvermerk (jobcenter_id, person_id, datum DESC);

-- Append-only audit log, partitioned by month for billions of rows; retention drops whole partitions.
CREATE SEQUENCE audit_log_id_seq;
CREATE TABLE audit_log (
  id bigint NOT NULL DEFAULT nextval('audit_log_id_seq'),
  at timestamptz NOT NULL DEFAULT now(),
  jobcenter_id uuid NOT NULL,
  akteur_id uuid,
  akteur_rolle text,
  aktion text NOT NULL,
  objekt text NOT NULL,
  objekt_id text,
  person_id uuid,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (at, id)
) PARTITION BY RANGE (at);
CREATE TABLE audit_log_default PARTITION OF audit_log DEFAULT;
CREATE INDEX audit_log_person ON audit_log (jobcenter_id, person_id, at DESC);

CREATE FUNCTION kp_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log ist nur anfügbar' USING ERRCODE = 'P0001';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION kp_audit_append_only();

-- Creates the monthly partitions from this month on (idempotent); called on start.
CREATE FUNCTION kp_ensure_audit_partitions(months_ahead integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  m date := date_trunc('month', now())::date;
  name text;
BEGIN
  FOR i IN 0..months_ahead LOOP
    name := 'audit_log_' || to_char(m, 'YYYY_MM');
    IF NOT EXISTS (SELECT 1 FROM pg_class WHERE relname = name) THEN
      EXECUTE format('CREATE TABLE %I PARTITION OF audit_log FOR VALUES FROM (%L) TO (%L)',
                     name, m, (m + interval '1 month')::date);
      EXECUTE format('GRANT SELECT, INSERT ON %I TO kp_app', name);
    END IF;
    m := (m + interval '1 month')::date;
  END LOOP;
END $$;
