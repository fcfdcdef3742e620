package org.shoumi.portal.web.content;

import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shoumi.portal.organisation.boundary.Organisation;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.training.boundary.Acknowledgements;
import org.shoumi.portal.training.boundary.ReaderRow;

/**
 * The people behind a document's "acknowledged N of M" (content/readers.xhtml?key=…): who has read and confirmed
 * the version required now and who still owes it, filterable by department and state.
 */
@Named
@ViewScoped
public class ReadersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Acknowledgements acknowledgements;

    @Inject
    org.shoumi.content.documents.boundary.Documents documents;

    @Inject
    jakarta.faces.context.ExternalContext external;

    @Inject
    Organisation organisation;

    private String key;
    private String department;
    /** ALL, DONE or OWED. */
    private String state = "ALL";
    private transient List<ReaderRow> rows;

    /** A document that does not exist, or is not read and acknowledged, is not found (it answered an empty list). */
    public void load() throws java.io.IOException {
        List<org.shoumi.content.documents.entity.DocumentVersion> versions = key == null ? List.of()
                : documents.versions(key);
        if (versions.isEmpty() || !versions.get(versions.size() - 1).getKind().isAcknowledged()) {
            org.shoumi.portal.web.shared.NotFound.answer(external);
        }
    }

    public List<ReaderRow> getRows() {
        if (rows == null) {
            rows = key == null ? List.of() : acknowledgements.readers(key, department == null || department.isBlank()
                    ? null : department).stream()
                    .filter(r -> "ALL".equals(state) || r.done() == "DONE".equals(state)).toList();
        }
        return rows;
    }

    public void apply() {
        rows = null;
    }

    public List<Department> getDepartments() {
        return organisation.departments();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = "DONE".equals(state) || "OWED".equals(state) ? state : "ALL";
    }
}
