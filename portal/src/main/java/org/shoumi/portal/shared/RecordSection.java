package org.shoumi.portal.shared;

import java.time.ZoneId;
import java.util.List;
import java.util.ResourceBundle;

/**
 * A feature's part of the records an inspection reads: a section of a person's secrecy file (保密档案) and a sheet
 * of the records workbook. A feature that keeps such records provides one {@code @ApplicationScoped} bean
 * implementing this; the records feature prints every one it finds, in {@link #order()}, after its own sections,
 * so it needs to know none of them. Both methods run inside the records feature's transaction and receive the
 * bundle of the file's language (Chinese) and the unit's zone.
 */
public interface RecordSection {

    /** Where the section comes among the others (lower first). */
    int order();

    /** This feature's records of one person, oldest first; a section without lines is printed as "none". */
    FileSection of(String employeeNo, ResourceBundle text, ZoneId zone);

    /** Everyone's records of this feature, as one sheet of the records workbook. */
    Sheet sheet(ResourceBundle text, ZoneId zone);

    /**
     * Whether a caller with these roles ({@code callerInRole} answers for a role's name) gets this feature's sheet in
     * the records workbook. Every caller who may download the workbook does, unless the feature keeps its register to
     * some roles: then the others' copy leaves the sheet out rather than show what its pages refuse them.
     */
    default boolean sheetFor(java.util.function.Predicate<String> callerInRole) {
        return true;
    }

    /** A titled list of records in words, one line per record. */
    record FileSection(String title, List<String> lines) {

        public FileSection {
            lines = List.copyOf(lines);
        }
    }

    /** A sheet: its name, the header row, and one row per record (cells as text). */
    record Sheet(String name, List<String> header, List<List<String>> rows) {

        public Sheet {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }
}
