package org.shoumi.quizzes.bank.entity;

import java.util.Set;

/** Small questions about secrecy rules, shared by the tests. */
public final class BankFixtures {

    private BankFixtures() {
    }

    /** 单选: who may carry classified documents out of the office? correct C. */
    public static Question single(String key) {
        return Question.builder(key, QuestionType.SINGLE)
                .stem("携带涉密载体外出，应当：")
                .lettered("随意放在车上", "交给亲属保管", "经批准并采取保护措施", "放入托运行李")
                .answerKey(new AnswerKey.Single("C"))
                .explanation("涉密载体外出须经批准，并由专人携带、采取保护措施。")
                .category("载体管理").tags("载体").difficulty(2)
                .clause("rules.carriers.3").legalBasis("《保密法》第二十五条")
                .build();
    }

    /** 多选: correct A, B, D (of A–E). */
    public static Question multi(String key) {
        return Question.builder(key, QuestionType.MULTI)
                .stem("下列属于国家秘密密级的有：")
                .lettered("绝密", "机密", "内部", "秘密", "公开")
                .answerKey(new AnswerKey.Multi(Set.of("A", "B", "D")))
                .explanation("国家秘密分为绝密、机密、秘密三级。")
                .category("定密").difficulty(1).clause("rules.classification.1")
                .build();
    }

    /** 判断: false. */
    public static Question judge(String key) {
        return Question.builder(key, QuestionType.JUDGE)
                .stem("涉密计算机可以直接连接互联网。")
                .answerKey(new AnswerKey.Judge(false))
                .category("计算机").difficulty(1).clause("duties.computer.1")
                .build();
    }

    /** 填空 with two blanks: 绝密|绝密级 ; 30|三十. */
    public static Question fill(String key) {
        return Question.builder(key, QuestionType.FILL)
                .stem("最高密级为____，其保密期限一般不超过____年。")
                .answerKey(new AnswerKey.Fill(java.util.List.of(AnswerKey.Blank.of("绝密", "绝密级"),
                        AnswerKey.Blank.of("30", "三十"))))
                .category("定密").difficulty(3).clause("rules.classification.2")
                .build();
    }

    /** A SINGLE question with custom category/tags/difficulty/clause, for draw tests. */
    public static Question single(String key, String category, int difficulty, String clause, String... tags) {
        return single(key).toBuilder().category(category).difficulty(difficulty).clause(clause).tags(tags).build();
    }
}
