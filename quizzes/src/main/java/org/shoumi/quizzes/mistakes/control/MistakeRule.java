package org.shoumi.quizzes.mistakes.control;

/**
 * 错题本: a question a person did not fully answer right goes into their book; it leaves after being
 * answered right a number of times in a row (default 2) while practising.
 */
public final class MistakeRule {

    /** The state of one question in one person's book. */
    public record State(int timesWrong, int rightInARow, boolean open) {

        public static final State NONE = new State(0, 0, false);
    }

    private MistakeRule() {
    }

    public static State after(State before, boolean right, int rightToLeave) {
        if (!right) {
            return new State(before.timesWrong() + 1, 0, true);
        }
        if (!before.open()) {
            return before;
        }
        int streak = before.rightInARow() + 1;
        return new State(before.timesWrong(), streak, streak < rightToLeave);
    }
}
