package org.shoumi.portal.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Stream;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.content.documents.entity.DocumentKind;
import org.shoumi.content.documents.entity.DocumentVersion;
import org.shoumi.portal.employees.boundary.EmployeeRow;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.programmes.boundary.Programmes;
import org.shoumi.portal.web.shared.CurrentPerson;
import org.shoumi.portal.web.shared.Messages;

/**
 * The search box of the top bar ({@code search.xhtml?q=…}): every rule and post duty in force (anyone may read
 * any of them) by title and text, my quizzes by title or code, and, for those who may see the roster (HR, the secrecy office, auditors,
 * administrators), people by name or staff number. Each finding links to where it is read, taken or looked up.
 */
@Named
@RequestScoped
public class SearchView {

    /** The longest text searched for. */
    public static final int MAX_LENGTH = 50;
    /** The most people listed: a search that finds more should be narrowed. */
    static final int MAX_PEOPLE = 20;
    private static final int EXCERPT_RADIUS = 40;
    private static final List<String> ROSTER_ROLES = List.of("HR", "SECRECY_OFFICER", "AUDITOR", "ADMIN");

    /** A rule or duty in force that has the text in its title or words. */
    public record DocumentHit(String key, String title, String excerpt) {
        public String getKey() {
            return key;
        }

        public String getTitle() {
            return title;
        }

        public String getExcerpt() {
            return excerpt;
        }
    }

    /** A quiz of mine whose title or code has the text. */
    public record QuizHit(String code, String title) {
        public String getCode() {
            return code;
        }

        public String getTitle() {
            return title;
        }
    }

    @Inject
    Documents documents;

    @Inject
    Programmes programmes;

    @Inject
    Employees employees;

    @Inject
    CurrentPerson person;

    @Inject
    ExternalContext external;

    @Inject
    Messages messages;

    private String q;
    private boolean searched;
    private List<DocumentHit> documentHits = List.of();
    private List<QuizHit> quizHits = List.of();
    private List<EmployeeRow> people = List.of();
    private Boolean maySeePeople;
    private Boolean mayChangePeople;

    /** The view action: searches once the text is there and not too long. */
    public void search() {
        String text = q == null ? "" : q.strip();
        if (text.isEmpty()) {
            return;
        }
        // characters as the reader counts them (code points): 30 emoji are 60 UTF-16 units, and were refused
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            messages.error("search.tooLong", MAX_LENGTH);
            return;
        }
        searched = true;
        documentHits = Stream.of(DocumentKind.RULE, DocumentKind.DUTY).flatMap(k -> documents.inForce(k).stream())
                .flatMap(v -> hit(v, text)).toList();
        quizHits = person.employeeNo().map(no -> programmes.quizzesFor(no).stream()
                .filter(s -> Excerpt.contains(s.title(), text) || Excerpt.contains(s.code(), text))
                .map(s -> new QuizHit(s.code(), s.title())).toList()).orElse(List.of());
        if (isMaySeePeople()) {
            people = employees.find(text, MAX_PEOPLE + 1);
        }
    }

    private Stream<DocumentHit> hit(DocumentVersion v, String text) {
        String words = documents.textOf(v);
        String key = v.getDocumentKey();
        if (Excerpt.contains(v.getTitle(), text)) {
            return Stream.of(new DocumentHit(key, v.getTitle(), Excerpt.around(words, text, EXCERPT_RADIUS)
                    .orElse(null)));
        }
        return Excerpt.around(words, text, EXCERPT_RADIUS).map(e -> new DocumentHit(key, v.getTitle(), e)).stream();
    }

    /** Whether the user may see the roster; asked of the container once per request (each ask costs a check). */
    public boolean isMaySeePeople() {
        if (maySeePeople == null) {
            maySeePeople = ROSTER_ROLES.stream().anyMatch(external::isUserInRole);
        }
        return maySeePeople;
    }

    /** Whether the user may change a person (HR); the table asks it for every row, the container once. */
    public boolean isMayChangePeople() {
        if (mayChangePeople == null) {
            mayChangePeople = external.isUserInRole("HR");
        }
        return mayChangePeople;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public boolean isSearched() {
        return searched;
    }

    public boolean isNothingFound() {
        return searched && documentHits.isEmpty() && quizHits.isEmpty() && people.isEmpty();
    }

    public List<DocumentHit> getDocumentHits() {
        return documentHits;
    }

    public List<QuizHit> getQuizHits() {
        return quizHits;
    }

    /** At most {@link #MAX_PEOPLE}. */
    public List<EmployeeRow> getPeople() {
        return people.size() > MAX_PEOPLE ? people.subList(0, MAX_PEOPLE) : people;
    }

    /** Whether more people have the text than are listed. */
    public boolean isMorePeople() {
        return people.size() > MAX_PEOPLE;
    }

    public int getMaxLength() {
        return MAX_LENGTH;
    }

    public int getMaxPeople() {
        return MAX_PEOPLE;
    }
}
