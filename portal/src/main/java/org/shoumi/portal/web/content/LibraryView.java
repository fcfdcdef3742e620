package org.shoumi.portal.web.content;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shoumi.portal.training.boundary.Acknowledgements;
import org.shoumi.portal.training.boundary.Reading;

/** My rules and post duties, each with where I stand. */
@Named
@RequestScoped
public class LibraryView {

    @Inject
    Acknowledgements acknowledgements;

    @Inject
    ExternalContext external;

    private List<Reading> entries;

    @PostConstruct
    void load() {
        entries = acknowledgements.libraryOf(external.getRemoteUser());
    }

    public List<Reading> getEntries() {
        return entries;
    }
}
