package org.shoumi.quizzes.attempts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import org.shoumi.quizzes.attempts.control.QuestionDraw;

/** A stored draw rule of a quiz: N questions of a category (empty = any) or of the taker's own post, and a difficulty range. */
@Embeddable
public class DrawRuleSpec implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "question_count", nullable = false)
    private int count;

    @Column(length = 100)
    private String category;

    @Column(name = "min_difficulty", nullable = false)
    private int minDifficulty = 1;

    @Column(name = "max_difficulty", nullable = false)
    private int maxDifficulty = 5;

    /** Questions of the taker's own post's duties instead of {@code category} (null on older rules: false). */
    @Column(name = "own_post")
    private Boolean ownPost;

    protected DrawRuleSpec() {
    }

    public DrawRuleSpec(int count, String category, int minDifficulty, int maxDifficulty) {
        this.count = count;
        this.category = category == null || category.isBlank() ? null : category;
        this.minDifficulty = minDifficulty;
        this.maxDifficulty = maxDifficulty;
    }

    /** N questions of the taker's own post's duties, difficulty between min and max. */
    public static DrawRuleSpec ownPost(int count, int minDifficulty, int maxDifficulty) {
        DrawRuleSpec rule = new DrawRuleSpec(count, null, minDifficulty, maxDifficulty);
        rule.ownPost = true;
        return rule;
    }

    /** The same rule, for another quiz. */
    public DrawRuleSpec copy() {
        DrawRuleSpec rule = new DrawRuleSpec(count, category, minDifficulty, maxDifficulty);
        rule.ownPost = ownPost;
        return rule;
    }

    public QuestionDraw.Rule rule() {
        return new QuestionDraw.Rule(count, category, minDifficulty, maxDifficulty, isOwnPost());
    }

    public boolean isOwnPost() {
        return Boolean.TRUE.equals(ownPost);
    }

    public int getCount() {
        return count;
    }

    public String getCategory() {
        return category;
    }

    public int getMinDifficulty() {
        return minDifficulty;
    }

    public int getMaxDifficulty() {
        return maxDifficulty;
    }
}
