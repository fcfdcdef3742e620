-- 每日一练 (quizzes.daily.entity.DailyAnswer): a person's answer to the question of one day, one per person and day.
CREATE TABLE daily_answer (ID BIGSERIAL NOT NULL, person_key VARCHAR(20) NOT NULL, answered_on DATE NOT NULL, question_id BIGINT NOT NULL, RESPONSE VARCHAR(2000) NOT NULL, FRACTION DECIMAL(6,4) NOT NULL, answered_at TIMESTAMP NOT NULL, PRIMARY KEY (ID));
ALTER TABLE daily_answer ADD CONSTRAINT daily_answer_once UNIQUE (person_key, answered_on);
ALTER TABLE daily_answer ADD CONSTRAINT daily_answer_question FOREIGN KEY (question_id) REFERENCES bank_question (ID);
