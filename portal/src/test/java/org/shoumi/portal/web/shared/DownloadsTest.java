package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void aPlainNameIsSavedAsItIs() {
        assertEquals("attachment; filename=\"secrecy-file-SM002.pdf\"", Downloads.disposition("secrecy-file-SM002.pdf"));
    }

    @Test
    void anyOtherCharacterCannotReachTheHeaderAndTheNameGoesAlongInUtf8() {
        assertEquals("attachment; filename=\"____-2026.pdf\"; filename*=UTF-8''%E4%BF%9D%E5%AF%86%E6%A1%A3%E6%A1%88-2026.pdf",
                Downloads.disposition("保密档案-2026.pdf"));
        assertEquals("attachment; filename=\"a__b_c.pdf\"; filename*=UTF-8''a%22%0Db%20c.pdf",
                Downloads.disposition("a\"\rb c.pdf"), "no quote, line break or space in the plain name");
    }
}
