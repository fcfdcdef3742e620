package org.shoumi.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * No property is declared twice (issue 11): a second declaration silently wins over the first, so the first one
 * only misleads. Maven reads a pom's {@code <properties>} as a map and the enforcer has no rule for it, Liberty
 * takes the last {@code <variable>} of a name, and {@link Properties#load} the last line of a key.
 */
class DeclaredOnceTest {

    private static final Path ROOT = Path.of("..");
    private static final List<String> MODULES = List.of("content", "quizzes", "portal");

    @Test
    void noPomDeclaresAPropertyTwice() throws Exception {
        List<String> twice = new ArrayList<>();
        List<Path> poms = new ArrayList<>(List.of(ROOT.resolve("pom.xml")));
        MODULES.forEach(m -> poms.add(ROOT.resolve(m).resolve("pom.xml")));
        for (Path pom : poms) {
            NodeList blocks = parse(pom).getElementsByTagName("properties");
            for (int i = 0; i < blocks.getLength(); i++) {
                Set<String> seen = new HashSet<>();
                for (Node n = blocks.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e && !seen.add(e.getTagName())) {
                        twice.add(pom + ": " + e.getTagName());
                    }
                }
            }
        }
        assertEquals(List.of(), twice);
    }

    @Test
    void noLibertyVariableIsDeclaredTwice() throws Exception {
        // server.xml and the datasource file it includes form one configuration; the test server's overrides
        // redefine some variables on purpose and are checked on their own
        List<String> twice = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("liberty/config"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                twice.addAll(variablesTwice(f, seen));
            }
        }
        assertFalse(seen.isEmpty(), "server.xml declares variables");
        try (Stream<Path> files = Files.walk(Path.of("src/test/liberty"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                twice.addAll(variablesTwice(f, new HashSet<>()));
            }
        }
        assertEquals(List.of(), twice);
    }

    @Test
    void noPropertiesFileDeclaresAKeyTwice() throws IOException {
        // the bundles of both languages, microprofile-config.properties, ValidationMessages, archunit.properties
        List<String> twice = new ArrayList<>();
        int files = 0;
        for (String module : MODULES) {
            List<Path> found;
            try (Stream<Path> walk = Files.walk(ROOT.resolve(module).resolve("src"))) {
                found = walk.filter(f -> f.toString().endsWith(".properties")).sorted().toList();
            }
            for (Path f : found) {
                files++;
                Set<Object> keys = new HashSet<>();
                Properties p = new Properties() {
                    @Override
                    public synchronized Object put(Object key, Object value) {
                        if (!keys.add(key)) {
                            twice.add(f + ": " + key);
                        }
                        return super.put(key, value);
                    }
                };
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            }
        }
        assertFalse(files < 10, "the properties files were found: " + files);
        assertEquals(List.of(), twice);
    }

    private static List<String> variablesTwice(Path file, Set<String> seen) throws Exception {
        List<String> twice = new ArrayList<>();
        NodeList variables = parse(file).getElementsByTagName("variable");
        for (int i = 0; i < variables.getLength(); i++) {
            String name = ((Element) variables.item(i)).getAttribute("name");
            if (!seen.add(name)) {
                twice.add(file + ": " + name);
            }
        }
        return twice;
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
