-- From plan to binding obligation (issue 4): letters, Schlichtung, events, hearings, decisions, rule overrides.
-- Runs unchanged on PostgreSQL 15+ and PGlite. Every table carries jobcenter_id first; person tables are
-- visible when the person is visible (need-to-know, like 0002) and written only by the person's counsellor.

-- Letters: Aufforderung mit Rechtsfolgenbelehrung (§ 15 Abs. 5/6 a. F.), Verpflichtung by Verwaltungsakt
-- (§ 15a n. F.), and invitations to the Potenzialanalyse/plan conversation (§ 15 Abs. 4 a. F.).
CREATE TABLE brief (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  person_id uuid NOT NULL REFERENCES leistungsberechtigte(id),
  art text NOT NULL CHECK (art IN ('aufforderung', 'verpflichtung', 'einladung')),
  rechtsstand text NOT NULL CHECK (rechtsstand IN ('2023-07', '2026-07')),
  plan_version_id uuid REFERENCES plan_version(id),
  schritt_id text,
  datum date NOT NULL,
  schritt_text text NOT NULL DEFAULT '',
  frist date,
  nachweis text NOT NULL DEFAULT '',
  rechtsfolgen_text text NOT NULL DEFAULT '',
  rechtsbehelf_text text NOT NULL DEFAULT '',
  mit_rechtsfolgenbelehrung boolean NOT NULL,
  -- invitation flag: first invitation to the Potenzialanalyse/plan conversation
  erste_einladung boolean NOT NULL DEFAULT false,
  termin_ort text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'entwurf' CHECK (status IN ('entwurf', 'versandt')),
  versandt_am date,
  versandt_von uuid REFERENCES mitarbeitende(id),
  erstellt_von uuid NOT NULL REFERENCES mitarbeitende(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (art = 'einladung' OR (plan_version_id IS NOT NULL AND schritt_id IS NOT NULL AND frist IS NOT NULL)),
  CHECK (art <> 'aufforderung' OR rechtsstand = '2023-07'),
  CHECK (art <> 'verpflichtung' OR rechtsstand = '2026-07'),
  CHECK (art = 'einladung' OR mit_rechtsfolgenbelehrung),
  -- § 15 Abs. 4 SGB II a. F.: the first invitation carries no Rechtsfolgenbelehrung
  CHECK (NOT (art = 'einladung' AND erste_einladung AND mit_rechtsfolgenbelehrung AND rechtsstand = '2023-07')),
  CHECK (frist IS NULL OR frist >= datum),
  CHECK ((status = 'versandt') = (versandt_am IS NOT NULL))
);
CREATE INDEX brief_person ON brief (jobcenter_id, person_id, datum);

-- A letter that was sent is a record: only a draft may change, and only to be sent.
CREATE FUNCTION kp_brief_unveraenderlich() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'versandt' THEN
    RAISE EXCEPTION 'brief % ist versandt und unveränderlich', OLD.id USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER brief_unveraenderlich BEFORE UPDATE OR DELETE ON brief
  FOR EACH ROW EXECUTE FUNCTION kp_brief_unveraenderlich();

-- Schlichtungsverfahren (§ 15a SGB II a. F.), only under the Bürgergeld law: at most four weeks.
CREATE TABLE schlichtung (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  person_id uuid NOT NULL REFERENCES leistungsberechtigte(id),
  beantragt_von text NOT NULL CHECK (beantragt_von IN ('person', 'jobcenter')),
  schlichter_name text NOT NULL,
  beginn date NOT NULL CHECK (beginn < DATE '2026-07-01'),
  spaetestes_ende date NOT NULL,
  beendet_am date,
  beendigung text CHECK (beendigung IN ('einigung', 'ohne_einigung', 'fristablauf')),
  ergebnis text NOT NULL DEFAULT '',
  erstellt_von uuid NOT NULL REFERENCES mitarbeitende(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (spaetestes_ende = beginn + 28),
  CHECK ((beendet_am IS NULL) = (beendigung IS NULL)),
  CHECK (beendet_am IS NULL OR (beendet_am >= beginn AND beendet_am <= spaetestes_ende))
);
CREATE INDEX schlichtung_person ON schlichtung (jobcenter_id, person_id, beginn);

-- Pflichtverletzung, Meldeversäumnis, Arbeitsverweigerung (§§ 31, 31a Abs. 7, 32 SGB II).
CREATE TABLE rechtsfolgen_ereignis (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  person_id uuid NOT NULL REFERENCES leistungsberechtigte(id),
  art text NOT NULL CHECK (art IN ('pflichtverletzung', 'meldeversaeumnis', 'arbeitsverweigerung')),
  datum date NOT NULL,
  brief_id uuid REFERENCES brief(id),
  rechtsfolgenbelehrung boolean NOT NULL,
  wichtiger_grund boolean NOT NULL DEFAULT false,
  haerte boolean NOT NULL DEFAULT false,
  erfuellt_am date,
  beschreibung text NOT NULL DEFAULT '',
  erstellt_von uuid NOT NULL REFERENCES mitarbeitende(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (erfuellt_am IS NULL OR erfuellt_am >= datum)
);
CREATE INDEX rechtsfolgen_ereignis_person ON rechtsfolgen_ereignis (jobcenter_id, person_id, datum);

-- Anhörung (§ 24 SGB X); in person on request or after repeated breaches (§ 31a Abs. 2 SGB II).
CREATE TABLE anhoerung (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  person_id uuid NOT NULL REFERENCES leistungsberechtigte(id),
  ereignis_id uuid NOT NULL REFERENCES rechtsfolgen_ereignis(id),
  am date NOT NULL,
  form text NOT NULL CHECK (form IN ('persoenlich', 'schriftlich', 'telefonisch')),
  persoenlich_verlangt boolean NOT NULL DEFAULT false,
  wichtiger_grund boolean NOT NULL,
  haerte boolean NOT NULL,
  ergebnis text NOT NULL DEFAULT '',
  erstellt_von uuid NOT NULL REFERENCES mitarbeitende(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX anhoerung_ereignis ON anhoerung (jobcenter_id, person_id, ereignis_id, am);

-- The person's decision with the engine's proposal (input and output) stored for traceability.
CREATE TABLE rechtsfolgen_entscheidung (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  person_id uuid NOT NULL REFERENCES leistungsberechtigte(id),
  ereignis_id uuid NOT NULL UNIQUE REFERENCES rechtsfolgen_ereignis(id),
  entscheidung text NOT NULL CHECK (entscheidung IN ('festgestellt', 'nicht_festgestellt')),
  feststellung_am date NOT NULL,
  eingabe jsonb NOT NULL,
  vorschlag jsonb NOT NULL,
  begruendung text NOT NULL DEFAULT '',
  u25_angebot_am date,
  erstellt_von uuid NOT NULL REFERENCES mitarbeitende(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX rechtsfolgen_entscheidung_person ON rechtsfolgen_entscheidung (jobcenter_id, person_id);

-- Corrections of rules tagged S or U per jobcentre, append-only history: the latest row per parameter
-- counts; `wert` NULL resets the parameter to the default.
CREATE TABLE regel_override (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jobcenter_id uuid NOT NULL REFERENCES jobcenter(id),
  bereich text NOT NULL,
  parameter text NOT NULL,
  wert jsonb,
  grund text NOT NULL CHECK (length(grund) > 0),
  geaendert_von uuid NOT NULL REFERENCES mitarbeitende(id),
  geaendert_am timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX regel_override_jobcenter ON regel_override (jobcenter_id, bereich, parameter, geaendert_am DESC);

GRANT SELECT, INSERT, UPDATE ON brief, schlichtung, rechtsfolgen_entscheidung TO kp_app;
GRANT SELECT, INSERT ON rechtsfolgen_ereignis, anhoerung, regel_override TO kp_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['brief', 'schlichtung', 'rechtsfolgen_ereignis', 'anhoerung', 'rechtsfolgen_entscheidung'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY need_to_know ON %I TO kp_app
      USING (jobcenter_id = kp_jobcenter()
             AND EXISTS (SELECT 1 FROM leistungsberechtigte p WHERE p.id = person_id))
      WITH CHECK (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'integrationsfachkraft'
             AND EXISTS (SELECT 1 FROM leistungsberechtigte p WHERE p.id = person_id))$p$, t);
  END LOOP;
END $$;

-- Counsellors read the corrections (their proposals use them); only team leads write them.
ALTER TABLE regel_override ENABLE ROW LEVEL SECURITY;
CREATE POLICY eigener_jobcenter ON regel_override TO kp_app
  USING (jobcenter_id = kp_jobcenter() AND kp_rolle() IN ('integrationsfachkraft', 'teamleitung'))
  WITH CHECK (jobcenter_id = kp_jobcenter() AND kp_rolle() = 'teamleitung' AND geaendert_von = kp_user());
