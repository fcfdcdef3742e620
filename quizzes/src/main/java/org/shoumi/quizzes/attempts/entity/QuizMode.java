package org.shoumi.quizzes.attempts.entity;

/** 考试 counts for training records; 自测 practice with feedback per question; 竞赛 timed contest, best score counts. */
public enum QuizMode {
    EXAM, PRACTICE, CONTEST
}
