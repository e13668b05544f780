-- Budget that is used goes down (issue 9, section 3; ADR 0015). An agreed plan version
-- commits the cost of every offer its support entries name (the counsellor's estimate, else the offer's cost
-- per case) against the offer's yearly budget; a replaced version or an ended plan releases it. Rows hold
-- no personal data (ids and amounts only) and are never deleted: release stamps freigegeben_am.

-- A plan may be ended (e.g. the person took up work or moved away); it then commits no budget.
ALTER TABLE kooperationsplan ADD COLUMN beendet_am date;
ALTER TABLE kooperationsplan ADD COLUMN beendet_grund text
  CHECK (beendet_grund IN ('arbeitsaufnahme', 'wegzug', 'kein_leistungsbezug', 'sonstiges'));
ALTER TABLE kooperationsplan ADD COLUMN beendet_von uuid REFERENCES mitarbeitende(id);
ALTER TABLE kooperationsplan ADD COLUMN beendet_erfasst_am timestamptz;
ALTER TABLE kooperationsplan ADD CONSTRAINT kooperationsplan_beendet_vollstaendig
  CHECK ((beendet_am IS NULL) = (beendet_grund IS NULL) AND (beendet_am IS NULL) = (beendet_erfasst_am IS NULL));
GRANT UPDATE (beendet_am, beendet_grund, beendet_von, beendet_erfasst_am) ON kooperationsplan TO kp_app;

CREATE TABLE budget_bindung (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  angebot_id uuid NOT NULL REFERENCES angebot(id),
  plan_id uuid NOT NULL REFERENCES kooperationsplan(id),
  version_id uuid NOT NULL REFERENCES plan_version(id),
  -- The support entry of the version that names the offer.
  eintrag_id text NOT NULL CHECK (length(eintrag_id) BETWEEN 1 AND 40),
  betrag_cent bigint NOT NULL CHECK (betrag_cent >= 0),
  -- Agreement date: the budget year is its calendar year.
  gebunden_am date NOT NULL,
  erstellt_von uuid NOT NULL REFERENCES mitarbeitende(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  freigegeben_am timestamptz,
  freigabe_grund text CHECK (freigabe_grund IN ('ersetzt', 'beendet')),
  CHECK ((freigegeben_am IS NULL) = (freigabe_grund IS NULL)),
  UNIQUE (version_id, eintrag_id)
);
CREATE INDEX budget_bindung_aktiv ON budget_bindung (jobcenter_id, angebot_id, gebunden_am)
  WHERE freigegeben_am IS NULL;
CREATE INDEX budget_bindung_plan ON budget_bindung (plan_id) WHERE freigegeben_am IS NULL;

-- Only the release may change a commitment.
GRANT SELECT, INSERT ON budget_bindung TO kp_app;
GRANT UPDATE (freigegeben_am, freigabe_grund) ON budget_bindung TO kp_app;

-- Everybody of the jobcentre who reads offers reads the commitments (the remaining budget is jobcentre-wide);
-- only the counsellor who may write the plan (the person is visible to them) commits or releases.
ALTER TABLE budget_bindung ENABLE ROW LEVEL SECURITY;
CREATE POLICY lesen ON budget_bindung FOR SELECT TO kp_app
  USING (jobcenter_id = kp_jobcenter() AND kp_rolle() IN ('integrationsfachkraft', 'teamleitung'));
CREATE POLICY binden ON budget_bindung FOR INSERT TO kp_app
  WITH CHECK (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'integrationsfachkraft' AND erstellt_von = kp_user()
              AND EXISTS (SELECT 1 FROM kooperationsplan k WHERE k.id = plan_id));
CREATE POLICY freigeben ON budget_bindung FOR UPDATE TO kp_app
  USING (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'integrationsfachkraft'
         AND EXISTS (SELECT 1 FROM kooperationsplan k WHERE k.id = plan_id))
  WITH CHECK (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'integrationsfachkraft' AND freigegeben_am IS NOT NULL);
