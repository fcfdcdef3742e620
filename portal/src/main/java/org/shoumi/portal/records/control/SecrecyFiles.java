package org.shoumi.portal.records.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The secrecy files of several people as one ZIP archive: a PDF each, named by staff number and name. */
public final class SecrecyFiles {

    private SecrecyFiles() {
    }

    /** One person whose file goes into the archive. */
    public record Person(String employeeNo, String name) {

        /** The file's name in the archive: staff number and name, without characters file systems refuse. */
        public String fileName() {
            String safeName = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip();
            return employeeNo + (safeName.isEmpty() ? "" : "-" + safeName) + ".pdf";
        }
    }

    /**
     * Writes one entry per person, in the order given (names in UTF-8, as the ZIP format marks them); a person
     * whose file cannot be made any more (no longer on the roster) is left out. Closes {@code out}.
     *
     * @return the number of files written
     */
    public static int zip(List<Person> people, Function<String, Optional<byte[]>> pdfOf, OutputStream out)
            throws IOException {
        return zip(people, pdfOf, out, null);
    }

    /**
     * As {@link #zip(List, Function, OutputStream)}, each entry dated {@code made} (the unit's local time; an
     * archive program shows it as is, so the server's UTC read eight hours early).
     */
    public static int zip(List<Person> people, Function<String, Optional<byte[]>> pdfOf, OutputStream out,
                          java.time.LocalDateTime made) throws IOException {
        int written = 0;
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Person person : people) {
                Optional<byte[]> pdf = pdfOf.apply(person.employeeNo());
                if (pdf.isEmpty()) {
                    continue;
                }
                ZipEntry entry = new ZipEntry(person.fileName());
                if (made != null) {
                    entry.setTimeLocal(made);
                }
                zip.putNextEntry(entry);
                zip.write(pdf.get());
                zip.closeEntry();
                written++;
            }
        }
        return written;
    }
}
