package org.shoumi.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * How much log the production server keeps (the probe's L11: a scan filled Liberty's default 2 files of 20 MB in
 * three minutes, and the failed logins of the attack were gone), and that server.xml leaves the log format to the
 * {@code WLP_LOGGING_*} environment variables, which a format attribute there would override.
 */
class ServerLogsTest {

    private static final Path SERVER_XML = Path.of("../liberty/config/server.xml");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

    @Test
    void theServerKeepsAtLeastHalfAGigabyteOfLogsByDefault() throws Exception {
        Element logging = logging();
        long files = Long.parseLong(resolve(logging.getAttribute("maxFiles")));
        long megabytes = Long.parseLong(resolve(logging.getAttribute("maxFileSize")));
        assertTrue(files >= 10, "files kept: " + files);
        assertTrue(files * megabytes >= 500, files + " files of " + megabytes + " MB");
    }

    @Test
    void theFormatIsLeftToTheEnvironment() throws Exception {
        NamedNodeMap attributes = logging().getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = attributes.item(i).getNodeName();
            assertTrue(List.of("maxFiles", "maxFileSize").contains(name), "<logging " + name + "> in server.xml");
        }
    }

    private static Element logging() throws Exception {
        NodeList found = server().getElementsByTagName("logging");
        assertEquals(1, found.getLength(), "one <logging> in server.xml");
        return (Element) found.item(0);
    }

    /** A value with its ${variable}s replaced by their defaults in server.xml. */
    private static String resolve(String value) throws Exception {
        Map<String, String> defaults = new HashMap<>();
        NodeList variables = server().getElementsByTagName("variable");
        for (int i = 0; i < variables.getLength(); i++) {
            Element v = (Element) variables.item(i);
            defaults.put(v.getAttribute("name"), v.getAttribute("defaultValue"));
        }
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = defaults.get(m.group(1));
            assertNotNull(replacement, "no default for ${" + m.group(1) + "}");
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    private static Document server() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(SERVER_XML.toFile());
    }
}
