package org.shoumi.portal.evidence.boundary;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.shoumi.portal.evidence.control.EvidenceRecords;
import org.shoumi.portal.evidence.control.Problem;
import org.shoumi.portal.evidence.control.Verification;

/**
 * The operator's offline check of the evidence log: opens the database read-only with plain JDBC, verifies
 * exactly as the auditor page does, prints the result in the chosen language (zh_CN unless {@code --lang=en})
 * and exits with 0 (intact), 1 (problems found) or 2 (could not check). An embedded Derby database can be open in
 * one process only, so the portal server must be stopped first; see README "Evidence log".
 */
public final class EvidenceCheck {

    private static final String BUNDLE = "org.shoumi.portal.i18n.messages";

    private EvidenceCheck() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Runs the check; returns the exit code. */
    public static int run(String[] args, PrintStream out) {
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        String database = null;
        for (String arg : args) {
            if (arg.startsWith("--lang=")) {
                locale = Locale.forLanguageTag(arg.substring("--lang=".length()).replace('_', '-'));
            } else if (database == null && !arg.isBlank()) {
                database = arg;
            }
        }
        ResourceBundle msg = ResourceBundle.getBundle(BUNDLE, locale);
        if (database == null) {
            out.println(msg.getString("evidence.cli.usage"));
            return 2;
        }
        boolean derbyDirectory = !database.startsWith("jdbc:");
        String url = derbyDirectory ? "jdbc:derby:" + database : database;
        try {
            Verification v;
            try (Connection c = DriverManager.getConnection(url)) {
                c.setReadOnly(true);
                v = EvidenceRecords.verify(c);
            } finally {
                if (derbyDirectory) {
                    shutDownDerby(database);
                }
            }
            print(v, msg, out);
            return v.intact() ? 0 : 1;
        } catch (SQLException e) {
            out.println(MessageFormat.format(msg.getString("evidence.cli.cannotOpen"), database, e.getMessage()));
            return 2;
        }
    }

    static void print(Verification v, ResourceBundle msg, PrintStream out) {
        out.println(msg.getString("evidence.length") + ": " + v.chainLength());
        out.println(msg.getString("evidence.lastHash") + ": " + v.lastHash());
        if (v.intact()) {
            out.println(MessageFormat.format(msg.getString("evidence.result.intact"), v.entries(), v.records()));
            return;
        }
        out.println(MessageFormat.format(msg.getString("evidence.result.broken"), v.problemCount(), v.entries(),
                v.records()));
        for (Problem p : v.problems()) {
            out.println(MessageFormat.format(msg.getString("evidence.problem.line"),
                    p.sequence() == null ? "-" : p.sequence().toString(),
                    msg.getString("evidence.problem." + p.type().name()),
                    p.recordKind() == null ? "-" : msg.getString("enum.EvidenceKind." + p.recordKind().name()),
                    p.recordId() == null ? "-" : p.recordId().toString(),
                    p.employeeNo() == null || p.employeeNo().isEmpty() ? "-" : p.employeeNo()));
        }
    }

    private static void shutDownDerby(String directory) {
        try {
            DriverManager.getConnection("jdbc:derby:" + directory + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown of one database as SQLState 08006
        }
    }
}
