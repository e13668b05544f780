-- Row-level security per command for persons and plan versions (issue 10, ADR 0022).
-- The policies of migration 0002 were FOR ALL: USING served SELECT, UPDATE and DELETE alike, and
-- WITH CHECK let the team lead write. So the read-only team lead could UPDATE persons, and every role
-- that sees a plan version (team lead, the recipient their own) could DELETE a draft. Now each command
-- has its own policy, naming the one role the application lets do it:
--   leistungsberechtigte  SELECT as before; INSERT and UPDATE only the counsellor, for persons assigned
--                         to them; no DELETE (no grant either).
--   plan_version          SELECT as before; INSERT, UPDATE and DELETE (a draft; the trigger refuses the
--                         rest) only the counsellor of a person they see.

DROP POLICY need_to_know ON leistungsberechtigte;
CREATE POLICY lesen ON leistungsberechtigte FOR SELECT TO kp_app
  USING (jobcenter_id = kp_jobcenter()
         AND (kp_rolle() = 'teamleitung' OR (kp_rolle() = 'integrationsfachkraft' AND betreuer_id = kp_user())));
CREATE POLICY anlegen ON leistungsberechtigte FOR INSERT TO kp_app
  WITH CHECK (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'integrationsfachkraft' AND betreuer_id = kp_user());
CREATE POLICY aendern ON leistungsberechtigte FOR UPDATE TO kp_app
  USING (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'integrationsfachkraft' AND betreuer_id = kp_user())
  WITH CHECK (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'integrationsfachkraft' AND betreuer_id = kp_user());

DROP POLICY need_to_know ON plan_version;
CREATE POLICY lesen ON plan_version FOR SELECT TO kp_app
  USING (jobcenter_id = kp_jobcenter()
         AND EXISTS (SELECT 1 FROM leistungsberechtigte p WHERE p.id = person_id));
CREATE POLICY anlegen ON plan_version FOR INSERT TO kp_app
  WITH CHECK (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'integrationsfachkraft'
              AND EXISTS (SELECT 1 FROM leistungsberechtigte p WHERE p.id = person_id));
CREATE POLICY aendern ON plan_version FOR UPDATE TO kp_app
  USING (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'integrationsfachkraft'
         AND EXISTS (SELECT 1 FROM leistungsberechtigte p WHERE p.id = person_id))
  WITH CHECK (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'integrationsfachkraft'
              AND EXISTS (SELECT 1 FROM leistungsberechtigte p WHERE p.id = person_id));
CREATE POLICY entwurf_loeschen ON plan_version FOR DELETE TO kp_app
  USING (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'integrationsfachkraft'
         AND EXISTS (SELECT 1 FROM leistungsberechtigte p WHERE p.id = person_id));
