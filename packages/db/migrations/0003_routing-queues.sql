-- The FTCQ routing queues (DESIGN decision 19): assignees like users, one per kind and region.
INSERT INTO "queues" ("code", "name", "kind", "region") VALUES
  ('ftcq_goback_americas', 'FTCQ GoBack Americas', 'goback', 'americas'),
  ('ftcq_goback_apj', 'FTCQ GoBack APJ', 'goback', 'apj'),
  ('ftcq_goback_emea', 'FTCQ GoBack EMEA', 'goback', 'emea'),
  ('ftcq_air_americas', 'FTCQ AiR Americas', 'air', 'americas'),
  ('ftcq_air_apj', 'FTCQ AiR APJ', 'air', 'apj'),
  ('ftcq_air_emea', 'FTCQ AiR EMEA', 'air', 'emea'),
  ('ftcq_inactive_americas', 'FTCQ Inactive Americas', 'inactive', 'americas'),
  ('ftcq_inactive_apj', 'FTCQ Inactive APJ', 'inactive', 'apj'),
  ('ftcq_inactive_emea', 'FTCQ Inactive EMEA', 'inactive', 'emea')
ON CONFLICT ("code") DO NOTHING;
