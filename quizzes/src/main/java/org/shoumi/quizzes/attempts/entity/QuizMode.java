package org.shoumi.quizzes.attempts.entity;

/** 考试 exam, 自测 practice, 竞赛 contest. Each has default policy values (see {@code QuizPolicy}). */
public enum QuizMode {
    EXAM, PRACTICE, CONTEST
}
