package org.shoumi.portal.security.control;

/**
 * The line the server log gets for each login tried on the login page: which name, from which client address, and
 * how it ended. Liberty's own line for a refused form login ({@code CWWKS1652A}) names neither the user nor the
 * address, so without this an operator could not tell a scan from a colleague who forgot their password. The name
 * is typed by whoever tries, so it is written quoted, cut to {@value #MAX_NAME} characters, with every control,
 * format or line-separating character shown as {@code \\uXXXX}: a name cannot start a line of its own in the log.
 */
public final class LoginLog {

    /** The longest name written out (a login name has at most 64 characters; longer ones are cut and marked). */
    static final int MAX_NAME = 64;

    private LoginLog() {
    }

    /**
     * For example {@code Login refused (INVALID): name "zhangsan" from 10.0.0.7}.
     *
     * @param name    as typed (may be null)
     * @param address the client address (may be null)
     * @param outcome how it ended, for example {@code SUCCESS}, {@code INVALID} or {@code LOCKED}
     */
    public static String line(String name, String address, String outcome) {
        String verb = "SUCCESS".equals(outcome) ? "Login" : "Login refused (" + printable(outcome, 40) + ")";
        return verb + ": name " + (name == null ? "(none)" : "\"" + printable(name, MAX_NAME) + "\"") + " from "
                + (address == null ? "(unknown)" : printable(address, MAX_NAME));
    }

    private static String printable(String text, int max) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            if (count++ == max) {
                return out.append("…(").append(text.codePointCount(0, text.length())).append(" characters)")
                        .toString();
            }
            int c = text.codePointAt(i);
            if (PasswordPolicy.invisible(c) || Character.getType(c) == Character.UNASSIGNED || c == '"'
                    || c == '\\') {
                for (char unit : Character.toChars(c)) {
                    out.append(String.format("\\u%04X", (int) unit));
                }
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }
}
