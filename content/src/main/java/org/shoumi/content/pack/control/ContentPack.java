package org.shoumi.content.pack.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shoumi.content.documents.entity.DocumentKind;

/** A whole content pack as parsed: its documents, its questions and every problem found while reading them. */
public record ContentPack(List<PackDocument> documents, List<PackQuestion> questions, List<PackProblem> problems) {

    public static ContentPack parse(List<PackFile> files) {
        List<PackDocument> documents = new ArrayList<>();
        List<PackQuestion> questions = new ArrayList<>();
        List<PackProblem> problems = new ArrayList<>();
        for (PackFile file : files) {
            PackParser.Result result = PackParser.parse(file);
            documents.addAll(result.documents());
            questions.addAll(result.questions());
            problems.addAll(result.problems());
        }
        return new ContentPack(List.copyOf(documents), List.copyOf(questions), List.copyOf(problems));
    }

    public List<PackDocument> documents(DocumentKind kind) {
        return documents.stream().filter(d -> d.kind() == kind).toList();
    }

    public Optional<PackDocument> document(String key) {
        return documents.stream().filter(d -> d.key().equals(key)).findFirst();
    }

    /** The duty document of a post, by post code. */
    public Optional<PackDocument> dutiesOf(String postCode) {
        return documents(DocumentKind.DUTY).stream().filter(d -> postCode.equals(d.postCode())).findFirst();
    }
}
