-- The queries one dashboard and one interview page make, for user u54321, with their plans.
-- (On PostgreSQL a process reads them only when what it keeps in memory is no longer
-- current: see docs/decisions.md, "Pages shown again from memory".)
SELECT (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM interviews) AS interviews,
       (SELECT count(*) FROM plan_steps) AS steps;
\echo '--- session lookup (every signed-in request)'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
  SELECT s.token_hash, s.csrf_secret, s.created_at AS session_created, s.expires_at, u.id, u.email, u.name,
         u.password_hash, u.is_owner, u.created_at, u.data_revision
  FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = 's54321' AND s.expires_at > 1795000000;
\echo '--- dashboard: how many interviews'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) SELECT COUNT(*) AS n FROM interviews WHERE user_id = 'u54321';
\echo '--- dashboard: one page of the list with open and late counts'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
  SELECT i.id, i.company, i.role, i.starts_at, i.time_zone, i.status, i.stage,
         (SELECT COUNT(*) * 1000000 + COUNT(CASE WHEN s.due_at < 1795000000 THEN 1 END)
          FROM plan_steps s WHERE s.interview_id = i.id AND s.done_at IS NULL) AS step_counts
  FROM interviews i WHERE i.user_id = 'u54321' ORDER BY i.starts_at DESC, i.id DESC LIMIT 50 OFFSET 0;
\echo '--- dashboard: late and next steps'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
  SELECT s.interview_id, i.company, i.time_zone, s.step_key, s.kind, s.due_at, s.optional
  FROM plan_steps s JOIN interviews i ON i.id = s.interview_id
  WHERE s.user_id = 'u54321' AND s.done_at IS NULL ORDER BY s.due_at, s.interview_id, s.step_key LIMIT 30;
\echo '--- dashboard: until when its late counts hold (the next open step not yet late)'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
  SELECT due_at AS due FROM plan_steps
  WHERE user_id = 'u54321' AND done_at IS NULL AND due_at >= 1795000000 ORDER BY due_at LIMIT 1;
\echo '--- interview page: the interview'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
  SELECT id, file, stage, created_at, updated_at FROM interviews WHERE id = 'i54321-2' AND user_id = 'u54321';
\echo '--- interview page: its steps'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
  SELECT s.step_key, s.done_at FROM plan_steps s JOIN interviews i ON i.id = s.interview_id
  WHERE s.interview_id = 'i54321-2' AND i.user_id = 'u54321' ORDER BY s.due_at, s.step_key;
