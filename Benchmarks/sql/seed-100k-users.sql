-- 100,000 users, each with a session and 3 interviews of 12 plan steps (a third done):
-- 300,000 interviews and 3,600,000 steps, to see the query plans the pages get at scale.
-- Interview files are placeholders: no page query reads them in bulk.
INSERT INTO users (id, email, name, password_hash, is_owner, created_at)
  SELECT 'u' || g, 'user' || g || '@example.org', 'User ' || g, 'x', 0, 1790000000 FROM generate_series(1, 100000) g;
INSERT INTO sessions (token_hash, user_id, csrf_secret, created_at, expires_at)
  SELECT 's' || g, 'u' || g, 'c', 1790000000, 1999999999 FROM generate_series(1, 100000) g;
INSERT INTO interviews (id, user_id, company, role, starts_at, time_zone, status, stage, file, created_at, updated_at)
  SELECT 'i' || g || '-' || k, 'u' || g, 'Company ' || k, 'Role', 1780000000 + (g * 37 + k * 86400) % 20000000,
         'America/New_York', 'pending', 'done', '{}', 1790000000, 1790000000
  FROM generate_series(1, 100000) g, generate_series(1, 3) k;
INSERT INTO plan_steps (interview_id, user_id, step_key, kind, due_at, optional, done_at)
  SELECT i.id, i.user_id, 'step-' || n, 'thank-you', i.starts_at + n * 7200, 0,
         CASE WHEN n % 3 = 0 THEN i.starts_at ELSE NULL END
  FROM interviews i, generate_series(1, 12) n;
VACUUM ANALYZE;
