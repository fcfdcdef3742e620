package org.shoumi.portal.web.quizzes;

import jakarta.faces.model.SelectItem;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.shoumi.quizzes.attempts.boundary.TakerView;

/**
 * One question of the take page as the page reads it, worked out once when the page opens: plain properties
 * (which EL resolves through a cached bean lookup) instead of method calls on the view's records (which EL
 * resolves by reflection at every evaluation), the options as ready select items, and whether the answer is
 * fixed (practice, after "check"). An option's value is the letter shown, never the bank's ({@link OptionLetters}).
 */
public final class TakeRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The longest answer a blank takes: the page's field and the answer endpoint refuse a longer one alike (the
     * endpoint saved 300 characters, and the paper could then not be handed in: outside check).
     */
    public static final int BLANK_LENGTH = 200;

    private final int position;
    private final String type;
    private final String stem;
    private final List<SelectItem> items;
    private final List<Integer> blankIndexes;
    private boolean locked;

    TakeRow(TakerView.Question q) {
        this.position = q.position();
        this.type = q.type().name();
        this.stem = q.stem();
        this.items = q.options().stream().map(o -> new SelectItem(o.label(), o.label() + ". " + o.text())).toList();
        this.blankIndexes = IntStream.range(0, q.blanks()).boxed().toList();
        this.locked = q.checked();
    }

    public int getPosition() {
        return position;
    }

    /** SINGLE, MULTI, JUDGE or FILL. */
    public String getType() {
        return type;
    }

    public String getStem() {
        return stem;
    }

    public List<SelectItem> getItems() {
        return items;
    }

    public List<Integer> getBlankIndexes() {
        return blankIndexes;
    }

    /** {@link #BLANK_LENGTH}, for the page's field. */
    public int getBlankLength() {
        return BLANK_LENGTH;
    }

    public boolean isLocked() {
        return locked;
    }

    void lock() {
        locked = true;
    }
}
