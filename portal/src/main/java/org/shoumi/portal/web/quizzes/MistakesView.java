package org.shoumi.portal.web.quizzes;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shoumi.portal.web.shared.CurrentPerson;
import org.shoumi.quizzes.mistakes.boundary.MistakeBook;

/** My 错题本, to review, and to practise again. */
@Named
@RequestScoped
public class MistakesView {

    @Inject
    MistakeBook book;

    @Inject
    CurrentPerson person;

    private List<MistakeBook.Entry> entries;

    @PostConstruct
    void load() {
        entries = person.employeeNo().map(book::open).orElse(List.of());
    }

    public List<MistakeBook.Entry> getEntries() {
        return entries;
    }
}
