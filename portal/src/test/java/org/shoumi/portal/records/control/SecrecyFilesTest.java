package org.shoumi.portal.records.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class SecrecyFilesTest {

    @Test
    void oneFilePerPersonInTheOrderGivenNamedByStaffNumberAndName() throws Exception {
        Map<String, byte[]> pdfs = Map.of("SM002", bytes("two"), "SM010", bytes("ten"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int written = SecrecyFiles.zip(List.of(new SecrecyFiles.Person("SM010", "欧阳 明"),
                new SecrecyFiles.Person("SM002", "李娜"), new SecrecyFiles.Person("SM099", "已删除")),
                no -> Optional.ofNullable(pdfs.get(no)), out);

        assertEquals(2, written, "a person whose file cannot be made is left out");
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertArrayEquals(pdfs.get(e.getName().substring(0, 5)), in.readAllBytes(), e.getName());
            }
        }
        assertEquals(List.of("SM010-欧阳 明.pdf", "SM002-李娜.pdf"), names);
    }

    /** Found by an outside check: the entries of an archive made at 22:52 unit time read 14:52 (the server's UTC). */
    @Test
    void theFilesAreDatedInTheUnitsTime() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.time.LocalDateTime made = java.time.LocalDateTime.of(2026, 12, 5, 22, 52);
        SecrecyFiles.zip(List.of(new SecrecyFiles.Person("SM002", "李娜")), no -> Optional.of(bytes("two")), out, made);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            assertEquals(made, in.getNextEntry().getTimeLocal());
        }
    }

    @Test
    void aNameLosesWhatFileSystemsRefuse() {
        assertEquals("SM1-ab.pdf", new SecrecyFiles.Person("SM1", "a/b").fileName());
        assertEquals("SM1-张三.pdf", new SecrecyFiles.Person("SM1", " 张:三\t").fileName());
        assertEquals("SM1.pdf", new SecrecyFiles.Person("SM1", "\"?\"").fileName());
        assertEquals("SM1.pdf", new SecrecyFiles.Person("SM1", null).fileName());
    }

    private static byte[] bytes(String s) {
        return ("%PDF-" + s).getBytes(StandardCharsets.US_ASCII);
    }
}
