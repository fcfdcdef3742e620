package org.shoumi.quizzes.bank.entity;

/** 单选 single choice, 多选 multiple choice, 判断 true/false, 填空 fill in the blank(s). */
public enum QuestionType {
    SINGLE, MULTI, JUDGE, FILL;

    public boolean hasOptions() {
        return this == SINGLE || this == MULTI;
    }
}
