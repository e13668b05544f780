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

-- TOTP secrets: encrypted by the application (AES-256-GCM, key TOTP_KEY) and kept in a table of their own
-- that only the recipient's own context reads; staff (counsellor, team lead, admin) see only whether TOTP
-- is on (portal_konto.totp_aktiv). Secrets stored before this migration are moved as they are and
-- encrypted by the application on their first read (ADR 0021).
CREATE TABLE portal_totp (
  konto_id uuid PRIMARY KEY REFERENCES portal_konto(id),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  geheimnis text NOT NULL
);
INSERT INTO portal_totp (konto_id, jobcenter_id, geheimnis)
  SELECT id, jobcenter_id, totp_secret FROM portal_konto WHERE totp_secret IS NOT NULL;
ALTER TABLE portal_konto DROP COLUMN totp_secret;

GRANT SELECT, INSERT, UPDATE, DELETE ON portal_totp TO kp_app;
ALTER TABLE portal_totp ENABLE ROW LEVEL SECURITY;
CREATE POLICY eigenes_konto ON portal_totp TO kp_app
  USING (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'leistungsberechtigte' AND konto_id = kp_user())
  WITH CHECK (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'leistungsberechtigte' AND konto_id = kp_user());
