package org.shoumi.portal.programmes.boundary;

import java.util.List;
import org.shoumi.content.persistence.Refusal;
import org.shoumi.portal.programmes.control.ProgrammeRules.Missing;
import org.shoumi.portal.programmes.control.ProgrammeRules.StepKind;
import org.shoumi.portal.programmes.entity.ProgrammeKind;

/**
 * A step of a programme taken before the steps that come before it (the onboarding exam before the reading, the
 * onboarding pledge before the exam); nothing was recorded. Names the programme, the step refused and the
 * earlier steps still missing, in order.
 */
public class StepRefusedException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    private final ProgrammeKind programme;
    private final StepKind step;
    private final List<Missing> missing;

    public StepRefusedException(ProgrammeKind programme, StepKind step, List<Missing> missing) {
        super(programme + " " + step + " before " + missing);
        this.programme = programme;
        this.step = step;
        this.missing = List.copyOf(missing);
    }

    public ProgrammeKind programme() {
        return programme;
    }

    public StepKind step() {
        return step;
    }

    public List<Missing> missing() {
        return missing;
    }
}
