-- Issue 10 (low), ADR 0021.
-- Demo accounts: their password is published in the README, so they log in only while the app runs
-- with demo data (DEMO_DATA); the login and session lookups hand the mark to the application.
ALTER TABLE mitarbeitende ADD COLUMN demo boolean NOT NULL DEFAULT false;

DROP FUNCTION kp_login_lookup(text);
CREATE FUNCTION kp_login_lookup(p_benutzername text)
RETURNS TABLE (id uuid, jobcenter_id uuid, rolle text, passwort_hash text, aktiv boolean, demo boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT id, jobcenter_id, rolle, passwort_hash, aktiv, demo FROM mitarbeitende WHERE benutzername = p_benutzername
$$;

DROP FUNCTION kp_session_lookup(text);
CREATE FUNCTION kp_session_lookup(p_token_hash text)
RETURNS TABLE (mitarbeitende_id uuid, jobcenter_id uuid, rolle text, name text, csrf_token text,
               expires_at timestamptz, last_seen_at timestamptz, demo boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT s.mitarbeitende_id, s.jobcenter_id, m.rolle, m.name, s.csrf_token, s.expires_at, s.last_seen_at, m.demo
  FROM sitzung s JOIN mitarbeitende m ON m.id = s.mitarbeitende_id
  WHERE s.token_hash = p_token_hash AND m.aktiv
$$;

REVOKE ALL ON FUNCTION kp_login_lookup(text), kp_session_lookup(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kp_login_lookup(text), kp_session_lookup(text) TO kp_app;
