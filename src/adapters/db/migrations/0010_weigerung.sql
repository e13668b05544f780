-- Issue 9, "no breach before it can happen": a breach may be dated before the deadline of its letter only
-- when the person declared seriously and finally that they will not fulfil the duty (§ 31 Abs. 1 Satz 1
-- Nr. 1 SGB II: "sich weigert"); the event's `datum` is then the day of the declaration. Only a
-- Pflichtverletzung can be declared in advance.
ALTER TABLE rechtsfolgen_ereignis ADD COLUMN weigerung_erklaert boolean NOT NULL DEFAULT false;
ALTER TABLE rechtsfolgen_ereignis ADD CONSTRAINT rechtsfolgen_ereignis_weigerung_art
  CHECK (NOT weigerung_erklaert OR art = 'pflichtverletzung');
