package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The security constraints of web.xml, read for tests: which roles may open a path. The constraint that applies to a
 * page is the one with the most specific URL pattern, as the servlet container picks it: an exact path before the
 * longest {@code /x/*} prefix before an extension pattern before {@code /}.
 */
final class WebXmlRoles {

    static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path WEB_XML = WEBAPP.resolve("WEB-INF/web.xml");

    /** What one url-pattern lets in: null roles for a collection without an auth-constraint (open to all). */
    record Grant(Set<String> roles) {
        static Grant merge(Grant a, Grant b) {
            if (a.roles == null || b.roles == null) {
                return new Grant(null);
            }
            Set<String> all = new TreeSet<>(a.roles);
            all.addAll(b.roles);
            return new Grant(all);
        }
    }

    /** url-pattern → what it lets in, from every security-constraint of web.xml. */
    final Map<String, Grant> grants = new LinkedHashMap<>();
    /** The roles web.xml declares. */
    final Set<String> declaredRoles = new TreeSet<>();

    private WebXmlRoles() {
    }

    static WebXmlRoles read() throws Exception {
        WebXmlRoles read = new WebXmlRoles();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(WEB_XML.toFile());
        for (Element constraint : children(doc.getDocumentElement(), "security-constraint")) {
            List<Element> auth = children(constraint, "auth-constraint");
            Set<String> roles = null;
            if (!auth.isEmpty()) {
                roles = new TreeSet<>();
                for (Element a : auth) {
                    for (Element role : children(a, "role-name")) {
                        roles.add(role.getTextContent().strip());
                    }
                }
            }
            for (Element collection : children(constraint, "web-resource-collection")) {
                assertTrue(children(collection, "http-method").isEmpty()
                                && children(collection, "http-method-omission").isEmpty(),
                        "this check reads constraints for all HTTP methods only");
                for (Element pattern : children(collection, "url-pattern")) {
                    read.grants.merge(pattern.getTextContent().strip(), new Grant(roles), Grant::merge);
                }
            }
        }
        for (Element role : children(doc.getDocumentElement(), "security-role")) {
            for (Element name : children(role, "role-name")) {
                read.declaredRoles.add(name.getTextContent().strip());
            }
        }
        return read;
    }

    /** The child elements of this local name (namespace-aware documents). */
    static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    /** The url-pattern of web.xml that applies to this path (servlet specification, 12.1 and 13.8.1). */
    static String mostSpecificPattern(Set<String> patterns, String path) {
        if (patterns.contains(path)) {
            return path;
        }
        String best = null;
        for (String pattern : patterns) {
            if (pattern.endsWith("/*")) {
                String prefix = pattern.substring(0, pattern.length() - 2);
                boolean matches = prefix.isEmpty() || path.equals(prefix) || path.startsWith(prefix + "/");
                if (matches && (best == null || pattern.length() > best.length())) {
                    best = pattern;
                }
            }
        }
        if (best != null) {
            return best;
        }
        for (String pattern : patterns) {
            if (pattern.startsWith("*.") && path.endsWith(pattern.substring(1))) {
                return pattern;
            }
        }
        return patterns.contains("/") ? "/" : null;
    }

    /** The pattern that applies to this path. */
    String patternOf(String path) {
        return mostSpecificPattern(grants.keySet(), path);
    }

    /** The roles web.xml lets open this path; every declared role if the path needs no login. */
    Set<String> rolesAllowed(String path) {
        String pattern = patternOf(path);
        if (pattern == null) {
            return declaredRoles;
        }
        Set<String> roles = grants.get(pattern).roles();
        return roles == null ? declaredRoles : roles;
    }
}
