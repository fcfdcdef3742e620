package org.shoumi.quizzes.bank.entity;

/**
 * The four question types of a secrecy quiz.
 */
public enum QuestionType {
    /** 单选: exactly one correct option among two to six. */
    SINGLE,
    /** 多选: one or more correct options among two to six. */
    MULTI,
    /** 判断: a statement that is true or false. */
    JUDGE,
    /** 填空: one or more blanks, each with one or more accepted answers. */
    FILL;

    /** Whether the taker answers by picking options (SINGLE, MULTI). */
    public boolean hasOptions() {
        return this == SINGLE || this == MULTI;
    }
}
