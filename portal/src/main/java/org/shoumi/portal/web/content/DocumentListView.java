package org.shoumi.portal.web.content;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shoumi.portal.training.boundary.Acknowledgements;
import org.shoumi.portal.training.boundary.DocumentProgress;

/** The secrecy officer's list of documents with the acknowledgement progress of each. */
@Named
@RequestScoped
public class DocumentListView {

    @Inject
    Acknowledgements acknowledgements;

    private List<DocumentProgress> documents;

    @PostConstruct
    void load() {
        documents = acknowledgements.progress();
    }

    public List<DocumentProgress> getDocuments() {
        return documents;
    }
}
