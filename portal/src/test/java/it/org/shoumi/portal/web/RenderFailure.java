package it.org.shoumi.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A page part that fails while the page renders, after some 20 KB of it were written (the test deployment's
 * it-render-failure.xhtml; see {@link RenderFailureIT}).
 */
@Named
@RequestScoped
public class RenderFailure {

    public List<String> getLines() {
        return IntStream.range(0, 1000).mapToObj(i -> "rendered line " + i).toList();
    }

    public String getBoom() {
        throw new IllegalStateException("a render failure provoked by RenderFailureIT");
    }
}
