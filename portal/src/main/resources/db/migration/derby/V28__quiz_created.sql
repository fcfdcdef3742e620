-- Who defined a quiz and when (quizzes.attempts.entity.Quiz createdBy, createdAt): the quiz list showed neither,
-- while campaigns, plans, inspection rounds and question versions say who and when. A quiz is not edited once
-- defined, so this is also its last change. Quizzes defined before this version keep NULL, shown as —.
ALTER TABLE quiz ADD COLUMN created_by VARCHAR(64);
ALTER TABLE quiz ADD COLUMN created_at TIMESTAMP;
