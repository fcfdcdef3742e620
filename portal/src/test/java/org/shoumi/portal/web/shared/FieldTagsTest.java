package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The field tag files (WEB-INF/shoumi.taglib.xml): registered in web.xml, their sources present, and every use
 * in a page gives the attributes the tag needs and no other. A tag file does not complain about a missing or
 * misspelt attribute; it renders a field without it (a maxlength left out would even become 0).
 */
class FieldTagsTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path TAGLIB = WEBAPP.resolve("WEB-INF/shoumi.taglib.xml");
    private static final Pattern USE = Pattern.compile("<sh:([A-Za-z]+)\\b([^>]*?)(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z]+)=\"([^\"]*)\"");

    /** tag name → (attribute → required). */
    private static final Map<String, Map<String, Boolean>> TAGS = new LinkedHashMap<>();
    private static String namespace;

    @BeforeAll
    static void readTaglib() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(TAGLIB.toFile());
        namespace = text(doc.getDocumentElement(), "namespace");
        for (Element tag : children(doc.getDocumentElement(), "tag")) {
            String name = text(tag, "tag-name");
            String source = text(tag, "source");
            assertTrue(Files.isRegularFile(TAGLIB.getParent().resolve(source)), name + ": no " + source);
            Map<String, Boolean> attributes = new LinkedHashMap<>();
            for (Element attribute : children(tag, "attribute")) {
                String required = text(attribute, "required");
                attributes.put(text(attribute, "name"), "true".equals(required));
            }
            TAGS.put(name, attributes);
        }
    }

    private static List<Element> children(Element parent, String localName) {
        return WebXmlRoles.children(parent, localName);
    }

    private static String text(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0).getTextContent().strip();
    }

    @Test
    void theLibraryIsRegisteredAndHasTheFieldTags() throws IOException {
        String webXml = Files.readString(WEBAPP.resolve("WEB-INF/web.xml"), StandardCharsets.UTF_8);
        assertTrue(webXml.matches("(?s).*<param-name>jakarta\\.faces\\.FACELETS_LIBRARIES</param-name>\\s*"
                + "<param-value>[^<]*/WEB-INF/shoumi\\.taglib\\.xml[^<]*</param-value>.*"), "web.xml registers the tags");
        assertEquals("shoumi", namespace);
        assertEquals(Set.of("requiredTextField", "dateField", "staffNumberField"), TAGS.keySet());
        assertEquals(true, TAGS.get("requiredTextField").get("maxlength"), "an unset maxlength would become 0");
    }

    @Test
    void everyUseGivesTheAttributesTheTagNeeds() throws IOException {
        List<String> wrong = new ArrayList<>();
        int uses = 0;
        List<Path> pages;
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            pages = files.filter(f -> f.toString().endsWith(".xhtml")).toList();
        }
        for (Path page : pages) {
            String xhtml = Files.readString(page, StandardCharsets.UTF_8);
            Matcher use = USE.matcher(xhtml);
            boolean any = false;
            while (use.find()) {
                any = true;
                uses++;
                String where = WEBAPP.relativize(page) + ": sh:" + use.group(1);
                Map<String, Boolean> declared = TAGS.get(use.group(1));
                if (declared == null) {
                    wrong.add(where + " is no tag of the library");
                    continue;
                }
                if (use.group(3).isEmpty()) {
                    wrong.add(where + " has content; the tag files take none");
                }
                Map<String, String> given = new LinkedHashMap<>();
                Matcher attribute = ATTRIBUTE.matcher(use.group(2));
                while (attribute.find()) {
                    given.put(attribute.group(1), attribute.group(2));
                }
                String field = where + " " + given.get("id");
                Set<String> unknown = new TreeSet<>(given.keySet());
                unknown.removeAll(declared.keySet());
                if (!unknown.isEmpty()) {
                    wrong.add(field + ": unknown attributes " + unknown);
                }
                declared.forEach((name, required) -> {
                    if (required && !given.containsKey(name)) {
                        wrong.add(field + ": no " + name);
                    }
                });
                if (given.containsKey("required") && !Set.of("true", "false").contains(given.get("required"))) {
                    wrong.add(field + ": required is true or false");
                }
                if ("true".equals(given.get("required")) && !given.containsKey("requiredMessage")) {
                    wrong.add(field + ": a required field needs a requiredMessage from the bundle");
                }
            }
            if (any && !xhtml.contains("xmlns:sh=\"" + namespace + "\"")) {
                wrong.add(WEBAPP.relativize(page) + " uses sh: without xmlns:sh=\"" + namespace + "\"");
            }
        }
        assertFalse(uses == 0, "no page uses the tags; has the check lost its target?");
        assertEquals(List.of(), wrong);
    }

    @Test
    void theTagFilesAddNoNamingContainer() throws IOException {
        for (String source : List.of("required-text-field.xhtml", "date-field.xhtml", "staff-number-field.xhtml")) {
            String xhtml = Files.readString(WEBAPP.resolve("WEB-INF/tags/" + source), StandardCharsets.UTF_8);
            assertFalse(xhtml.matches("(?s).*<(h:form|ui:repeat|h:dataTable|p:dataTable|f:subview|ui:component)\\b.*"),
                    source + " must keep the caller's client ids (form:id)");
            assertTrue(xhtml.contains("id=\"#{id}\""), source);
        }
    }

    /**
     * Found by an outside check: a staff number left empty was answered "no such person on the roster" (travel,
     * vetting, sessions); an empty field asks for the number.
     */
    @Test
    void anEmptyStaffNumberIsAskedForNotCalledUnknown() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher use = USE.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (use.find()) {
                    if (use.group(1).equals("staffNumberField") && use.group(2).matches(
                            "(?s).*requiredMessage=\"[^\"]*UNKNOWN[^\"]*\".*")) {
                        wrong.add(page.getFileName() + ": " + use.group(2).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
