package org.shoumi.portal.web.content;

import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.NotFound;
import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.shoumi.content.documents.boundary.DocumentDraft;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.content.documents.boundary.PublishRefusedException;
import org.shoumi.content.documents.control.MarkdownRenderer;
import org.shoumi.content.documents.entity.DocumentVersion;
import org.shoumi.content.pack.control.Clause;
import org.shoumi.content.pack.control.PackParser;
import org.shoumi.content.pack.control.PackProblem;
import org.shoumi.quizzes.bank.boundary.QuestionBank;
import org.shoumi.portal.web.shared.Messages;

/**
 * Publishing a new version of a document: the latest text in a Markdown editor, a preview rendered exactly as
 * readers will see it, an effective date and the material-change flag. Nothing is saved until "publish" succeeds.
 */
@Named
@ViewScoped
public class DocumentEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Documents documents;

    @Inject
    ExternalContext external;

    @Inject
    Messages messages;

    @Inject
    Actions actions;

    private String key;
    private DocumentVersion latest;
    private String title;
    private String body;
    private LocalDate effective;
    private boolean materialChange;
    private String changeNote;
    private String preview;
    private java.util.Map<String, Long> dropped;

    @Inject
    QuestionBank questionBank;

    public void load() throws IOException {
        if (latest != null) {
            return;
        }
        List<DocumentVersion> versions = key == null ? List.of() : documents.versions(key);
        if (versions.isEmpty()) {
            NotFound.answer(external);
            return;
        }
        latest = versions.get(versions.size() - 1);
        title = latest.getTitle();
        body = latest.getBody();
        // today, or the day of a version scheduled for later (a new version cannot come into force before it)
        effective = latest.getEffective().isAfter(documents.today()) ? latest.getEffective() : documents.today();
    }

    /** Before the page is drawn: a post whose beans ended meanwhile reopens the list ({@link org.shoumi.portal.web.shared.GoneView}). */
    public void ensureShown() throws IOException {
        org.shoumi.portal.web.shared.GoneView.reopenIfEmpty(latest != null, messages, "/content/manage.xhtml");
    }

    public void renderPreview() {
        preview = MarkdownRenderer.toHtml(body);
        dropped = droppedCitedClauses();
    }

    /**
     * Clauses of the version in force that the draft no longer has although bank questions cite them: those
     * questions would cite a clause nobody can read any more. Publishing is not refused (a clause may really
     * go), but the officer is told which questions to revise.
     */
    private java.util.Map<String, Long> droppedCitedClauses() {
        java.util.Map<String, String> before = clauses(latest.getBody());
        java.util.Set<String> dropped = new java.util.TreeSet<>(before.keySet());
        dropped.removeAll(clauses(body).keySet());
        // named by their headings as readers know them ("第三条 收发"), not by their ids (outside check)
        java.util.Map<String, Long> named = new java.util.LinkedHashMap<>();
        questionBank.citing(dropped).forEach((id, count) -> named.put(before.getOrDefault(id, id), count));
        return named;
    }

    /** A text's clauses, id to heading, in id order; none for a document that is not read and acknowledged. */
    private java.util.Map<String, String> clauses(String text) {
        if (text == null || !latest.getKind().isAcknowledged()) {
            return new java.util.TreeMap<>();
        }
        return PackParser.parseBody(key, key, latest.getKind(), text, 1).clauses().stream()
                .collect(java.util.stream.Collectors.toMap(Clause::id, Clause::heading, (a, b) -> a,
                        java.util.TreeMap::new));
    }

    /** Dropped clauses still cited, with how many questions cite each; empty when there are none. */
    public java.util.List<java.util.Map.Entry<String, Long>> getDropped() {
        return dropped == null ? List.of() : List.copyOf(dropped.entrySet());
    }

    public String publish() {
        if (latest == null) {
            return actions.reopen("/content/edit.xhtml?key=" + (key == null ? "" : key));
        }
        try {
            DocumentVersion published = documents.publish(new DocumentDraft(key, latest.getKind(), title,
                    latest.getPostCode(), latest.getPledgeKind(), body, effective, materialChange, changeNote),
                    external.getRemoteUser(), latest.getVersion());
            java.util.Map<String, Long> stillCited = droppedCitedClauses();
            messages.info(materialChange ? "content.edit.publishedMaterial" : "content.edit.published",
                    published.getTitle(), published.getVersion());
            if (!stillCited.isEmpty()) {
                messages.warn("content.edit.droppedClauses", String.join(messages.text("common.listSeparator"), stillCited.keySet()),
                        stillCited.values().stream().mapToLong(Long::longValue).sum(), stillCited.size());
            }
            return Actions.redirect("/content/manage.xhtml");
        } catch (PublishRefusedException refused) {
            for (PackProblem p : refused.problems()) {
                messages.error("content.problem." + p.code(), p.line(), detail(p), p.message());
            }
            return null;
        } catch (PersistenceException clash) {
            messages.error("content.edit.concurrent");
            return null;
        }
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public DocumentVersion getLatest() {
        return latest;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDate getEffective() {
        return effective;
    }

    public void setEffective(LocalDate effective) {
        this.effective = effective;
    }

    public boolean isMaterialChange() {
        return materialChange;
    }

    public void setMaterialChange(boolean materialChange) {
        this.materialChange = materialChange;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    public String getPreview() {
        return preview;
    }

    /**
     * A problem's detail for its message: the length a text may have as a number, so that it is grouped as the
     * other messages' numbers are ("at most 200,000 characters"; it said 200000).
     */
    static Object detail(PackProblem problem) {
        if ("tooLong".equals(problem.code()) && problem.detail() != null && problem.detail().matches("\\d{1,9}")) {
            return Integer.valueOf(problem.detail());
        }
        return problem.detail();
    }
}
