-- A quiz's title as quizzes are told apart by it (quizzes.attempts.entity.Quiz title_key, QuizTitles.sameTitle:
-- full-width forms as half-width, spaces and format characters left out, case ignored). Quizzes.define checked the
-- title against the list it had read, so four defines sent at once made three quizzes of one title, and the copy of
-- last year's plan made next year's exam under a title another quiz had (outside check). The key is unique: of two
-- quizzes of one title saved at once, the second is refused. Quizzes defined before this version keep it empty
-- (several may share a title already); the check on defining still reads their titles. The mistakes practice
-- (code MISTAKES), reserved by its code, keeps it empty too.
ALTER TABLE quiz ADD COLUMN title_key VARCHAR(400);
ALTER TABLE quiz ADD CONSTRAINT uq_quiz_title_key UNIQUE (title_key);
