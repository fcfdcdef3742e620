package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UploadLimitFilterTest {

    @Test
    void theFilterKnowsTheServletsLimit() throws Exception {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        Matcher size = Pattern.compile("<max-request-size>(\\d+)</max-request-size>").matcher(webXml);
        assertTrue(size.find());
        assertEquals(UploadLimitFilter.MAX_REQUEST_BYTES, Long.parseLong(size.group(1)));
        Matcher file = Pattern.compile("<max-file-size>(\\d+)</max-file-size>").matcher(webXml);
        assertTrue(file.find());
        // the pages' own checks (5 MB) must see a file larger than theirs to refuse it beside the field
        assertTrue(Long.parseLong(file.group(1)) > 5L * 1024 * 1024);
    }

    @Test
    void onlyMultipartPostsOverTheLimitAreSentBack() {
        long over = UploadLimitFilter.MAX_REQUEST_BYTES + 1;
        assertTrue(UploadLimitFilter.tooLarge("POST", "multipart/form-data; boundary=x", over));
        assertTrue(UploadLimitFilter.tooLarge("POST", "Multipart/Form-Data; boundary=x", over));
        assertFalse(UploadLimitFilter.tooLarge("POST", "multipart/form-data; boundary=x",
                UploadLimitFilter.MAX_REQUEST_BYTES));
        assertFalse(UploadLimitFilter.tooLarge("POST", "application/x-www-form-urlencoded", over));
        assertFalse(UploadLimitFilter.tooLarge("GET", "multipart/form-data; boundary=x", over));
        assertFalse(UploadLimitFilter.tooLarge("POST", null, over));
        assertFalse(UploadLimitFilter.tooLarge("POST", "multipart/form-data; boundary=x", -1));
    }
}
