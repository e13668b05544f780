-- Login throttling that survives restarts and holds across instances (issue 10). One counter per key:
-- 'mitarbeitende' / 'portal': the normalised user name; 'totp': a portal account's second factor;
-- 'adresse': the client address as the trusted proxy reports it. Only a SHA-256 of the key is stored
-- (no user names, no addresses). Timestamps come from the application's clock, never from now().
CREATE TABLE anmeldeschutz (
  art text NOT NULL CHECK (art IN ('mitarbeitende', 'portal', 'totp', 'adresse')),
  schluessel text NOT NULL CHECK (schluessel ~ '^[0-9a-f]{64}$'),
  -- consecutive failures (reserved before the password is checked, reset on success)
  fehlversuche integer NOT NULL DEFAULT 0 CHECK (fehlversuche >= 0),
  letzter_fehler timestamptz,
  -- locked until an administrator lifts it
  gesperrt_seit timestamptz,
  -- the account behind the key, when the user name exists (for the administrator's list)
  jobcenter_id uuid REFERENCES jobcenter(id),
  konto_id uuid,
  PRIMARY KEY (art, schluessel)
);
CREATE INDEX anmeldeschutz_gesperrt ON anmeldeschutz (jobcenter_id, konto_id) WHERE gesperrt_seit IS NOT NULL;

-- Before login there is no tenant context: two narrow definer functions lock and write one counter.
CREATE FUNCTION kp_anmeldeschutz_lesen(p_art text, p_schluessel text)
RETURNS TABLE (fehlversuche integer, letzter_fehler timestamptz, gesperrt_seit timestamptz)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO anmeldeschutz (art, schluessel) VALUES (p_art, p_schluessel) ON CONFLICT DO NOTHING;
  RETURN QUERY SELECT a.fehlversuche, a.letzter_fehler, a.gesperrt_seit FROM anmeldeschutz a
    WHERE a.art = p_art AND a.schluessel = p_schluessel FOR UPDATE;
END $$;

CREATE FUNCTION kp_anmeldeschutz_schreiben(p_art text, p_schluessel text, p_fehlversuche integer,
  p_letzter_fehler timestamptz, p_gesperrt_seit timestamptz, p_jobcenter uuid, p_konto uuid)
RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  UPDATE anmeldeschutz SET fehlversuche = p_fehlversuche, letzter_fehler = p_letzter_fehler,
    gesperrt_seit = p_gesperrt_seit, jobcenter_id = coalesce(p_jobcenter, jobcenter_id),
    konto_id = coalesce(p_konto, konto_id)
  WHERE art = p_art AND schluessel = p_schluessel
$$;

-- A failed staff login is audited for the account it names (no password, no address).
CREATE FUNCTION kp_audit_anmeldung_fehlgeschlagen(p_konto uuid, p_grund text, p_at timestamptz)
RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  INSERT INTO audit_log (jobcenter_id, akteur_id, akteur_rolle, aktion, objekt, details, at)
  SELECT m.jobcenter_id, m.id, m.rolle, 'verweigert', 'anmeldung', jsonb_build_object('grund', p_grund), p_at
  FROM mitarbeitende m WHERE m.id = p_konto
$$;

REVOKE ALL ON FUNCTION kp_anmeldeschutz_lesen(text, text),
  kp_anmeldeschutz_schreiben(text, text, integer, timestamptz, timestamptz, uuid, uuid),
  kp_audit_anmeldung_fehlgeschlagen(uuid, text, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kp_anmeldeschutz_lesen(text, text),
  kp_anmeldeschutz_schreiben(text, text, integer, timestamptz, timestamptz, uuid, uuid),
  kp_audit_anmeldung_fehlgeschlagen(uuid, text, timestamptz) TO kp_app;

-- The administrator of a jobcentre sees and lifts the lockouts of its accounts.
GRANT SELECT, UPDATE ON anmeldeschutz TO kp_app;
ALTER TABLE anmeldeschutz ENABLE ROW LEVEL SECURITY;
CREATE POLICY administration ON anmeldeschutz TO kp_app
  USING (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'admin')
  WITH CHECK (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'admin');

-- Second factor: failed codes per half-logged-in session, and the last accepted TOTP time step of the
-- account (a code is accepted once; the step must grow).
ALTER TABLE portal_sitzung ADD COLUMN totp_fehlversuche integer NOT NULL DEFAULT 0;
ALTER TABLE portal_konto ADD COLUMN totp_letzter_schritt bigint;
