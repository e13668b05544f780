-- The counsellor's inbox (Posteingang, issue 12 § 3, ADR 0019). Its items are derived by query from the
-- portal tables, the agreed plan versions, letters and Schlichtungen; only "marked done" is stored here,
-- per counsellor and item key. Append-only: a later mark of the same key supersedes the earlier one
-- (portal activity newer than the latest mark shows again). `erledigt_am` comes from the app's clock.
CREATE TABLE eingang_erledigt (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  mitarbeiter_id uuid NOT NULL REFERENCES mitarbeitende(id),
  person_id uuid NOT NULL REFERENCES leistungsberechtigte(id),
  art text NOT NULL CHECK (art IN ('empfang', 'schritt_erledigt', 'schritt_problem', 'bewerbung', 'nachweis',
                                   'vorschlag', 'frist', 'ueberpruefung', 'brief', 'schlichtung')),
  bezug_id text NOT NULL CHECK (bezug_id ~ '^[a-zA-Z0-9_:-]{1,120}$'),
  erledigt_am timestamptz NOT NULL
);
CREATE INDEX eingang_erledigt_schluessel
  ON eingang_erledigt (jobcenter_id, mitarbeiter_id, person_id, art, bezug_id, erledigt_am DESC);

-- The inbox looks up the portal's latest report of each step of the agreed version.
CREATE INDEX portal_schritt_status_version
  ON portal_schritt_status (plan_version_id, eintrag_id, gemeldet_am DESC);
-- Letters still to be sent, per person.
CREATE INDEX brief_entwurf ON brief (jobcenter_id, person_id) WHERE status = 'entwurf';

GRANT SELECT, INSERT ON eingang_erledigt TO kp_app;

-- A counsellor reads and writes only their own marks, for persons visible to them; the team lead reads the
-- marks of the jobcentre (the team view). Recipients never see them.
ALTER TABLE eingang_erledigt ENABLE ROW LEVEL SECURITY;
CREATE POLICY lesen ON eingang_erledigt FOR SELECT TO kp_app
  USING (jobcenter_id = kp_jobcenter()
         AND ((kp_rolle() = 'integrationsfachkraft' AND mitarbeiter_id = kp_user()) OR kp_rolle() = 'teamleitung')
         AND EXISTS (SELECT 1 FROM leistungsberechtigte p WHERE p.id = person_id));
CREATE POLICY anlegen ON eingang_erledigt FOR INSERT TO kp_app
  WITH CHECK (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'integrationsfachkraft' AND mitarbeiter_id = kp_user()
              AND EXISTS (SELECT 1 FROM leistungsberechtigte p WHERE p.id = person_id));
CREATE POLICY portal_gesperrt ON eingang_erledigt AS RESTRICTIVE TO kp_app
  USING (kp_rolle() IS DISTINCT FROM 'leistungsberechtigte')
  WITH CHECK (kp_rolle() IS DISTINCT FROM 'leistungsberechtigte');
