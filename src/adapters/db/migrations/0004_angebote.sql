-- Catalogue of concrete support offers per jobcentre (issue 3): AVGS, Bildungsgutschein, Bewerbungs- and
-- Fahrtkosten, Coaching, Maßnahmen, each with the plan areas it fits and an optional remaining budget.
-- Everybody of the jobcentre who writes or reads plans reads it; only team leads maintain it. No personal data.

CREATE TABLE angebot (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  typ text NOT NULL CHECK (typ IN ('avgs', 'bildungsgutschein', 'bewerbungskosten', 'fahrtkosten', 'coaching', 'massnahme')),
  titel text NOT NULL CHECK (length(titel) BETWEEN 1 AND 200),
  beschreibung text NOT NULL DEFAULT '' CHECK (length(beschreibung) <= 500),
  traeger text NOT NULL DEFAULT '' CHECK (length(traeger) <= 200),
  -- Plan areas (codebook, goals and steps); empty = the default areas of the type.
  bereiche text[] NOT NULL DEFAULT '{}' CHECK (bereiche <@ ARRAY['arbeit', 'qualifizierung', 'gesundheit', 'erwerbsfaehigkeit', 'sprache', 'familie_persoenliches']),
  -- Remaining budget in cents; NULL = unknown.
  restbudget_cent bigint,
  kosten_pro_fall_cent bigint CHECK (kosten_pro_fall_cent IS NULL OR kosten_pro_fall_cent > 0),
  aktiv boolean NOT NULL DEFAULT true,
  geaendert_von uuid REFERENCES mitarbeitende(id),
  geaendert_am timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX angebot_jobcenter ON angebot (jobcenter_id, aktiv, titel);

GRANT SELECT, INSERT, UPDATE ON angebot TO kp_app;

ALTER TABLE angebot ENABLE ROW LEVEL SECURITY;
CREATE POLICY lesen ON angebot FOR SELECT TO kp_app
  USING (jobcenter_id = kp_jobcenter() AND kp_rolle() IN ('integrationsfachkraft', 'teamleitung'));
CREATE POLICY anlegen ON angebot FOR INSERT TO kp_app
  WITH CHECK (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'teamleitung' AND geaendert_von = kp_user());
CREATE POLICY aendern ON angebot FOR UPDATE TO kp_app
  USING (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'teamleitung')
  WITH CHECK (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'teamleitung' AND geaendert_von = kp_user());
