-- Need-to-know access for the application role kp_app (§ 35 SGB I, §§ 67 ff. SGB X).
-- kp_app is no owner and has NOBYPASSRLS: every query it runs sees only rows of the jobcentre set in
-- app.jobcenter_id; counsellors see only the persons assigned to them, team leads all persons of their
-- jobcentre, admins none.

GRANT USAGE ON SCHEMA public TO kp_app;
GRANT SELECT ON jobcenter TO kp_app;
GRANT SELECT, INSERT, UPDATE ON mitarbeitende TO kp_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON sitzung TO kp_app;
GRANT SELECT, INSERT, UPDATE ON leistungsberechtigte TO kp_app;
GRANT SELECT, INSERT ON potenzialanalyse TO kp_app;
GRANT SELECT, INSERT ON kooperationsplan TO kp_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON plan_version TO kp_app;
GRANT SELECT, INSERT ON terminvermerk TO kp_app;
GRANT SELECT, INSERT ON audit_log, audit_log_default TO kp_app;
GRANT USAGE ON SEQUENCE audit_log_id_seq TO kp_app;

ALTER TABLE jobcenter ENABLE ROW LEVEL SECURITY;
CREATE POLICY eigener_jobcenter ON jobcenter TO kp_app USING (id = kp_jobcenter());

ALTER TABLE mitarbeitende ENABLE ROW LEVEL SECURITY;
CREATE POLICY eigener_jobcenter ON mitarbeitende TO kp_app
  USING (jobcenter_id = kp_jobcenter()) WITH CHECK (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'admin');

ALTER TABLE sitzung ENABLE ROW LEVEL SECURITY;
CREATE POLICY eigene_sitzung ON sitzung TO kp_app
  USING (jobcenter_id = kp_jobcenter() AND mitarbeitende_id = kp_user())
  WITH CHECK (jobcenter_id = kp_jobcenter() AND mitarbeitende_id = kp_user());

ALTER TABLE leistungsberechtigte ENABLE ROW LEVEL SECURITY;
CREATE POLICY need_to_know ON leistungsberechtigte TO kp_app
  USING (jobcenter_id = kp_jobcenter()
         AND (kp_rolle() = 'teamleitung' OR (kp_rolle() = 'integrationsfachkraft' AND betreuer_id = kp_user())))
  WITH CHECK (jobcenter_id = kp_jobcenter() AND kp_rolle() IN ('integrationsfachkraft', 'teamleitung'));

-- Child tables: visible when the person is visible (the subquery itself runs under RLS).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['potenzialanalyse', 'kooperationsplan', 'plan_version', 'terminvermerk'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY need_to_know ON %I TO kp_app
      USING (jobcenter_id = kp_jobcenter()
             AND EXISTS (SELECT 1 FROM leistungsberechtigte p WHERE p.id = person_id))
      WITH CHECK (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'integrationsfachkraft'
             AND EXISTS (SELECT 1 FROM leistungsberechtigte p WHERE p.id = person_id))$p$, t);
  END LOOP;
END $$;

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY eigener_jobcenter ON audit_log TO kp_app
  USING (jobcenter_id = kp_jobcenter() AND kp_rolle() IN ('teamleitung', 'admin'))
  WITH CHECK (jobcenter_id = kp_jobcenter() AND akteur_id IS NOT DISTINCT FROM kp_user());

-- Login and session lookup happen before the jobcentre is known: narrow definer functions.
CREATE FUNCTION kp_login_lookup(p_benutzername text)
RETURNS TABLE (id uuid, jobcenter_id uuid, rolle text, passwort_hash text, aktiv boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT id, jobcenter_id, rolle, passwort_hash, aktiv FROM mitarbeitende WHERE benutzername = p_benutzername
$$;

CREATE FUNCTION kp_session_lookup(p_token_hash text)
RETURNS TABLE (mitarbeitende_id uuid, jobcenter_id uuid, rolle text, name text, csrf_token text, expires_at timestamptz, last_seen_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT s.mitarbeitende_id, s.jobcenter_id, m.rolle, m.name, s.csrf_token, s.expires_at, s.last_seen_at
  FROM sitzung s JOIN mitarbeitende m ON m.id = s.mitarbeitende_id
  WHERE s.token_hash = p_token_hash AND m.aktiv
$$;

REVOKE ALL ON FUNCTION kp_login_lookup(text), kp_session_lookup(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kp_login_lookup(text), kp_session_lookup(text) TO kp_app;
