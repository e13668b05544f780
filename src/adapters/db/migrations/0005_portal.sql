-- Portal for Leistungsberechtigte (issue 5): accounts, sessions, receipt, step reports, applications,
-- evidence uploads and change proposals. A recipient acts with app.rolle = 'leistungsberechtigte',
-- app.user_id = their portal account and app.person_id = their person; they see only their own rows.

CREATE FUNCTION kp_person() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('app.person_id', true), '')::uuid $$;

CREATE TABLE portal_konto (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  person_id uuid NOT NULL UNIQUE REFERENCES leistungsberechtigte(id),
  benutzername text UNIQUE,
  -- argon2id; NULL until activated (or when only OIDC is used)
  passwort_hash text,
  -- SHA-256 of the one-time activation code; NULL once used. The code itself is never stored.
  aktivierung_hash text UNIQUE,
  aktivierung_bis timestamptz,
  totp_secret text,
  totp_aktiv boolean NOT NULL DEFAULT false,
  oidc_issuer text,
  oidc_subject text,
  aktiv boolean NOT NULL DEFAULT true,
  erstellt_von uuid NOT NULL REFERENCES mitarbeitende(id),
  aktiviert_am timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (oidc_issuer, oidc_subject),
  CHECK (benutzername IS NULL OR benutzername = lower(benutzername))
);
CREATE INDEX portal_konto_jobcenter ON portal_konto (jobcenter_id, person_id);

CREATE TABLE portal_sitzung (
  token_hash text PRIMARY KEY,
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  konto_id uuid NOT NULL REFERENCES portal_konto(id),
  person_id uuid NOT NULL REFERENCES leistungsberechtigte(id),
  csrf_token text NOT NULL,
  -- 'passwort': second factor still open; 'voll': signed in
  stufe text NOT NULL CHECK (stufe IN ('passwort', 'voll')),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX portal_sitzung_konto ON portal_sitzung (jobcenter_id, konto_id);

-- Receipt of a plan version in Textform (§ 15 Abs. 3 SGB II, § 126b BGB). Not a signature.
CREATE TABLE portal_empfang (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  person_id uuid NOT NULL REFERENCES leistungsberechtigte(id),
  konto_id uuid NOT NULL REFERENCES portal_konto(id),
  plan_version_id uuid NOT NULL REFERENCES plan_version(id),
  bestaetigt_am timestamptz NOT NULL,
  UNIQUE (plan_version_id)
);
CREATE INDEX portal_empfang_person ON portal_empfang (jobcenter_id, person_id);

CREATE TABLE portal_schritt_status (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  person_id uuid NOT NULL REFERENCES leistungsberechtigte(id),
  konto_id uuid NOT NULL REFERENCES portal_konto(id),
  plan_version_id uuid NOT NULL REFERENCES plan_version(id),
  eintrag_id text NOT NULL,
  status text NOT NULL CHECK (status IN ('erledigt', 'problem')),
  grund text NOT NULL DEFAULT '',
  gemeldet_am timestamptz NOT NULL,
  CHECK (status = 'erledigt' OR length(grund) > 0)
);
CREATE INDEX portal_schritt_status_person ON portal_schritt_status (jobcenter_id, person_id, gemeldet_am DESC);

CREATE TABLE portal_bewerbung (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  person_id uuid NOT NULL REFERENCES leistungsberechtigte(id),
  konto_id uuid NOT NULL REFERENCES portal_konto(id),
  arbeitgeber text NOT NULL,
  stelle text NOT NULL,
  datum date NOT NULL,
  kanal text NOT NULL CHECK (kanal IN ('online', 'email', 'post', 'persoenlich', 'telefon')),
  ergebnis text NOT NULL CHECK (ergebnis IN ('offen', 'einladung', 'absage', 'zusage')),
  erfasst_am timestamptz NOT NULL
);
CREATE INDEX portal_bewerbung_person ON portal_bewerbung (jobcenter_id, person_id, datum DESC);

CREATE TABLE portal_nachweis (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  person_id uuid NOT NULL REFERENCES leistungsberechtigte(id),
  konto_id uuid NOT NULL REFERENCES portal_konto(id),
  dateiname text NOT NULL,
  beschreibung text NOT NULL DEFAULT '',
  mime_typ text NOT NULL CHECK (mime_typ IN ('application/pdf', 'image/jpeg', 'image/png')),
  groesse integer NOT NULL CHECK (groesse > 0 AND groesse <= 10485760),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  inhalt bytea NOT NULL,
  status text NOT NULL DEFAULT 'eingegangen' CHECK (status IN ('eingegangen', 'gesehen')),
  hochgeladen_am timestamptz NOT NULL,
  gesehen_am timestamptz,
  CHECK (octet_length(inhalt) = groesse)
);
CREATE INDEX portal_nachweis_person ON portal_nachweis (jobcenter_id, person_id, hochgeladen_am DESC);

CREATE TABLE portal_vorschlag (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  person_id uuid NOT NULL REFERENCES leistungsberechtigte(id),
  konto_id uuid NOT NULL REFERENCES portal_konto(id),
  art text NOT NULL CHECK (art IN ('schritt', 'ziel', 'kommentar')),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
  status text NOT NULL DEFAULT 'offen' CHECK (status IN ('offen', 'übernommen', 'abgelehnt')),
  ergebnis text NOT NULL DEFAULT '',
  eingereicht_am timestamptz NOT NULL,
  entschieden_am timestamptz,
  entschieden_von uuid REFERENCES mitarbeitende(id),
  uebernommen_in integer
);
CREATE INDEX portal_vorschlag_person ON portal_vorschlag (jobcenter_id, person_id, eingereicht_am DESC);

-- A translation of a free-text plan entry, added by the counsellor (agreed versions stay unchanged).
CREATE TABLE portal_uebersetzung (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  person_id uuid NOT NULL REFERENCES leistungsberechtigte(id),
  plan_version_id uuid NOT NULL REFERENCES plan_version(id),
  eintrag_id text NOT NULL,
  sprache text NOT NULL CHECK (sprache IN ('de-LS', 'en', 'ar', 'uk', 'tr')),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
  erstellt_von uuid NOT NULL REFERENCES mitarbeitende(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (plan_version_id, eintrag_id, sprache)
);

GRANT SELECT, INSERT, UPDATE ON portal_konto TO kp_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON portal_sitzung TO kp_app;
GRANT SELECT, INSERT ON portal_empfang, portal_schritt_status, portal_bewerbung TO kp_app;
GRANT SELECT, INSERT, UPDATE ON portal_nachweis, portal_vorschlag, portal_uebersetzung TO kp_app;

-- Accounts: the counsellor opens them; the recipient reads and updates only their own account.
ALTER TABLE portal_konto ENABLE ROW LEVEL SECURITY;
CREATE POLICY mitarbeitende ON portal_konto TO kp_app
  USING (jobcenter_id = kp_jobcenter() AND kp_rolle() IN ('integrationsfachkraft', 'teamleitung')
         AND EXISTS (SELECT 1 FROM leistungsberechtigte p WHERE p.id = person_id))
  WITH CHECK (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'integrationsfachkraft'
         AND EXISTS (SELECT 1 FROM leistungsberechtigte p WHERE p.id = person_id));
CREATE POLICY eigenes_konto ON portal_konto TO kp_app
  USING (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'leistungsberechtigte'
         AND id = kp_user() AND person_id = kp_person())
  WITH CHECK (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'leistungsberechtigte'
         AND id = kp_user() AND person_id = kp_person());

ALTER TABLE portal_sitzung ENABLE ROW LEVEL SECURITY;
CREATE POLICY eigene_sitzung ON portal_sitzung TO kp_app
  USING (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'leistungsberechtigte'
         AND konto_id = kp_user() AND person_id = kp_person())
  WITH CHECK (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'leistungsberechtigte'
         AND konto_id = kp_user() AND person_id = kp_person());

-- What the recipient sends: they read and add their own rows; counsellors and team leads read the rows
-- of the persons they may see; only the counsellor changes a status (evidence seen, proposal decided).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['portal_empfang', 'portal_schritt_status', 'portal_bewerbung', 'portal_nachweis',
                           'portal_vorschlag', 'portal_uebersetzung'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY lesen ON %I FOR SELECT TO kp_app
      USING (jobcenter_id = kp_jobcenter() AND (
        (kp_rolle() = 'leistungsberechtigte' AND person_id = kp_person())
        OR (kp_rolle() IN ('integrationsfachkraft', 'teamleitung')
            AND EXISTS (SELECT 1 FROM leistungsberechtigte p WHERE p.id = person_id))))$p$, t);
    EXECUTE format($p$CREATE POLICY mitarbeitende_aendern ON %I FOR UPDATE TO kp_app
      USING (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'integrationsfachkraft'
             AND EXISTS (SELECT 1 FROM leistungsberechtigte p WHERE p.id = person_id))
      WITH CHECK (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'integrationsfachkraft')$p$, t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['portal_empfang', 'portal_schritt_status', 'portal_bewerbung', 'portal_nachweis',
                           'portal_vorschlag'] LOOP
    EXECUTE format($p$CREATE POLICY eigene_anlegen ON %I FOR INSERT TO kp_app
      WITH CHECK (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'leistungsberechtigte'
                  AND person_id = kp_person() AND konto_id = kp_user())$p$, t);
  END LOOP;
END $$;
CREATE POLICY mitarbeitende_anlegen ON portal_uebersetzung FOR INSERT TO kp_app
  WITH CHECK (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'integrationsfachkraft' AND erstellt_von = kp_user()
              AND EXISTS (SELECT 1 FROM leistungsberechtigte p WHERE p.id = person_id));

-- Existing tables: the recipient reads their own person, plan and agreed versions, and the contact
-- details of their own counsellor; nothing else (no drafts, no Potenzialanalyse, no letters).
CREATE POLICY portal_eigene_person ON leistungsberechtigte FOR SELECT TO kp_app
  USING (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'leistungsberechtigte' AND id = kp_person());
CREATE POLICY portal_eigener_plan ON kooperationsplan FOR SELECT TO kp_app
  USING (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'leistungsberechtigte' AND person_id = kp_person());
CREATE POLICY portal_eigene_versionen ON plan_version FOR SELECT TO kp_app
  USING (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'leistungsberechtigte' AND person_id = kp_person());
CREATE POLICY portal_keine_entwuerfe ON plan_version AS RESTRICTIVE FOR SELECT TO kp_app
  USING (kp_rolle() IS DISTINCT FROM 'leistungsberechtigte' OR status <> 'entwurf');
CREATE POLICY portal_nur_ansprechperson ON mitarbeitende AS RESTRICTIVE FOR SELECT TO kp_app
  USING (kp_rolle() IS DISTINCT FROM 'leistungsberechtigte'
         OR id IN (SELECT p.betreuer_id FROM leistungsberechtigte p WHERE p.id = kp_person()));

-- Every other table with person data (Potenzialanalyse, notes, letters, ...) stays closed to recipients,
-- even though their own person row is now visible to them. Tables added later must do the same.
DO $$
DECLARE t text;
BEGIN
  FOR t IN
    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity AND NOT c.relispartition
      AND c.relname NOT LIKE 'portal\_%' AND c.relname NOT IN ('leistungsberechtigte', 'kooperationsplan',
          'plan_version', 'mitarbeitende', 'jobcenter', 'sitzung')
      AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'person_id')
  LOOP
    EXECUTE format($p$CREATE POLICY portal_gesperrt ON %I AS RESTRICTIVE TO kp_app
      USING (kp_rolle() IS DISTINCT FROM 'leistungsberechtigte')
      WITH CHECK (kp_rolle() IS DISTINCT FROM 'leistungsberechtigte')$p$, t);
  END LOOP;
END $$;

-- Activation, login and session lookup happen before the person is known: narrow definer functions.
CREATE FUNCTION kp_portal_aktivierung(p_code_hash text)
RETURNS TABLE (id uuid, jobcenter_id uuid, person_id uuid, aktivierung_bis timestamptz, aktiv boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT id, jobcenter_id, person_id, aktivierung_bis, aktiv FROM portal_konto WHERE aktivierung_hash = p_code_hash
$$;

CREATE FUNCTION kp_portal_login(p_benutzername text)
RETURNS TABLE (id uuid, jobcenter_id uuid, person_id uuid, passwort_hash text, aktiv boolean, totp_aktiv boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT id, jobcenter_id, person_id, passwort_hash, aktiv, totp_aktiv FROM portal_konto
  WHERE benutzername = p_benutzername AND passwort_hash IS NOT NULL
$$;

CREATE FUNCTION kp_portal_oidc(p_issuer text, p_subject text)
RETURNS TABLE (id uuid, jobcenter_id uuid, person_id uuid, aktiv boolean, totp_aktiv boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT id, jobcenter_id, person_id, aktiv, totp_aktiv FROM portal_konto
  WHERE oidc_issuer = p_issuer AND oidc_subject = p_subject
$$;

CREATE FUNCTION kp_portal_benutzername_frei(p_benutzername text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT NOT EXISTS (SELECT 1 FROM portal_konto WHERE benutzername = p_benutzername)
$$;

CREATE FUNCTION kp_portal_session(p_token_hash text)
RETURNS TABLE (konto_id uuid, jobcenter_id uuid, person_id uuid, csrf_token text, stufe text, expires_at timestamptz,
               last_seen_at timestamptz, vorname text, sprache text, totp_aktiv boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT s.konto_id, s.jobcenter_id, s.person_id, s.csrf_token, s.stufe, s.expires_at, s.last_seen_at,
         p.vorname, p.sprache, k.totp_aktiv
  FROM portal_sitzung s JOIN portal_konto k ON k.id = s.konto_id JOIN leistungsberechtigte p ON p.id = s.person_id
  WHERE s.token_hash = p_token_hash AND k.aktiv
$$;

REVOKE ALL ON FUNCTION kp_portal_aktivierung(text), kp_portal_login(text), kp_portal_oidc(text, text),
  kp_portal_benutzername_frei(text), kp_portal_session(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kp_portal_aktivierung(text), kp_portal_login(text), kp_portal_oidc(text, text),
  kp_portal_benutzername_frei(text), kp_portal_session(text) TO kp_app;
