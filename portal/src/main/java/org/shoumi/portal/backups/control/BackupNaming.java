package org.shoumi.portal.backups.control;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Names of backup folders and which of them to keep. A backup of the database goes into a folder named
 * {@code shoumi-yyyyMMdd-HHmmss} (the unit's local time when it started), with a counter {@code -2}, {@code -3}
 * when two start in the same second; names sort in time order. Plain Java.
 */
public final class BackupNaming {

    public static final String PREFIX = "shoumi-";

    /**
     * The ending of a backup's folder while Derby is still copying into it ({@code shoumi-20261206-224357.unfinished}):
     * it takes its name only when complete, so a half-written copy is never listed, kept or restored as a backup
     * (it was listed as one of 0.0 MB with no maker; outside check).
     */
    public static final String UNFINISHED = ".unfinished";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private BackupNaming() {
    }

    /** The folder name of a backup started at {@code at}, not equal to any of {@code taken}. */
    public static String folderFor(Instant at, ZoneId zone, List<String> taken) {
        String base = PREFIX + STAMP.format(LocalDateTime.ofInstant(at, zone));
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /** The folder a backup named {@code name} is written into until it is complete. */
    public static String unfinished(String name) {
        return name + UNFINISHED;
    }

    /** Whether {@code name} is the folder of a backup that never completed or is still being written. */
    public static boolean isUnfinished(String name) {
        return name != null && name.startsWith(PREFIX) && name.endsWith(UNFINISHED);
    }

    /** The names taken by the folders in {@code names}: a backup still being written takes its final name too. */
    public static List<String> taken(List<String> names) {
        return names.stream().map(n -> isUnfinished(n) ? n.substring(0, n.length() - UNFINISHED.length()) : n)
                .toList();
    }

    /** When the backup in folder {@code name} started, or empty if the name is not one of ours. */
    public static Optional<Instant> startedAt(String name, ZoneId zone) {
        if (name == null || !name.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = name.substring(PREFIX.length());
        if (rest.length() < 15 || (rest.length() > 15 && !rest.substring(15).matches("-[0-9]+"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(rest.substring(0, 15), STAMP).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Our backup folders among {@code names}, newest first. */
    public static List<String> newestFirst(List<String> names, ZoneId zone) {
        return names.stream()
                .filter(n -> startedAt(n, zone).isPresent())
                .sorted(Comparator.comparing((String n) -> startedAt(n, zone).orElseThrow())
                        .thenComparing(BackupNaming::counter).reversed())
                .toList();
    }

    /**
     * The backup folders to delete so that the newest {@code keep} remain; {@code keep} &lt;= 0 keeps all.
     * Folders whose names are not ours are never touched.
     */
    public static List<String> beyondRetention(List<String> names, int keep, ZoneId zone) {
        if (keep <= 0) {
            return List.of();
        }
        List<String> ours = newestFirst(names, zone);
        return ours.size() <= keep ? List.of() : ours.subList(keep, ours.size());
    }

    private static int counter(String name) {
        String rest = name.substring(PREFIX.length());
        return rest.length() > 16 ? Integer.parseInt(rest.substring(16)) : 1;
    }
}
