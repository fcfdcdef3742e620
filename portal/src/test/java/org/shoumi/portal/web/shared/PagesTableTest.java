package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.security.entity.Role;

/**
 * The Pages table of docs/architecture.md, which says it lists every page, against the pages and web.xml: every page
 * of the portal has a row, and a row that names roles names exactly those web.xml lets open the page (the table
 * said "SECRECY_OFFICER, ADMIN" for the campaigns page, which web.xml also opens to the auditor, and had no row for
 * the search page; outside check).
 */
class PagesTableTest {

    private static final Path ARCHITECTURE = Path.of("../docs/architecture.md");

    /** A page of a row's first cell: {@code `/campaigns/manage.xhtml`}, {@code `/employees/move.xhtml[?from=…]`}. */
    private static final Pattern PAGE = Pattern.compile("`(/[^`?\\[]+\\.xhtml)");

    private static final Pattern ROLE = Pattern.compile("\\b(" + String.join("|",
            Stream.of(Role.values()).map(Role::name).toList()) + ")\\b");

    private static WebXmlRoles webXml;
    private static Map<String, Set<String>> rows;

    @BeforeAll
    static void read() throws Exception {
        webXml = WebXmlRoles.read();
        rows = pagesTable();
    }

    /** Each page of the table with the roles its "who" cell names ("same": those of the row above). */
    private static Map<String, Set<String>> pagesTable() throws IOException {
        List<String> lines = Files.readAllLines(ARCHITECTURE, StandardCharsets.UTF_8);
        int start = lines.indexOf("### Pages");
        assertTrue(start >= 0, "architecture.md has its Pages table");
        Map<String, Set<String>> found = new LinkedHashMap<>();
        Set<String> above = Set.of();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            String[] cells = line.split("\\|");
            if (!line.startsWith("| ") || cells.length < 4) {
                continue;
            }
            String who = cells[2].strip();
            Set<String> roles = new TreeSet<>();
            if (who.equals("same")) {
                roles.addAll(above);
            } else {
                Matcher role = ROLE.matcher(who);
                while (role.find()) {
                    roles.add(role.group(1));
                }
            }
            above = roles;
            Matcher page = PAGE.matcher(cells[1]);
            while (page.find()) {
                found.put(page.group(1), roles);
            }
        }
        return found;
    }

    @Test
    void everyPageOfThePortalHasARow() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(WebXmlRoles.WEBAPP)) {
            files.filter(f -> f.toString().endsWith(".xhtml")).map(f -> "/" + WebXmlRoles.WEBAPP.relativize(f)
                            .toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/")).sorted()
                    .filter(p -> !rows.containsKey(p)).forEach(missing::add);
        }
        assertEquals(List.of(), missing, "pages without a row in the Pages table of docs/architecture.md");
    }

    @Test
    void aRowThatNamesRolesNamesThoseWebXmlLetsIn() {
        assertTrue(rows.containsKey("/campaigns/manage.xhtml"), "the table was read");
        List<String> wrong = new ArrayList<>();
        rows.forEach((page, named) -> {
            if (named.isEmpty()) {
                return; // "every role", "anyone", "the attempt's taker": said in words
            }
            Set<String> allowed = new TreeSet<>(webXml.rolesAllowed(page));
            if (!named.equals(allowed)) {
                wrong.add(page + ": table " + named + ", web.xml " + allowed);
            }
        });
        assertEquals(List.of(), wrong, "rows of the Pages table whose roles differ from web.xml");
    }
}
