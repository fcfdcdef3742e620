package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.web.shared.FormLimitsFilter.Refusal;

class FormLimitsFilterTest {

    @Test
    void theFilterKnowsTheServletsLimit() throws Exception {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        Matcher size = Pattern.compile("<max-request-size>(\\d+)</max-request-size>").matcher(webXml);
        assertTrue(size.find());
        assertEquals(FormLimitsFilter.MAX_REQUEST_BYTES, Long.parseLong(size.group(1)));
        Matcher file = Pattern.compile("<max-file-size>(\\d+)</max-file-size>").matcher(webXml);
        assertTrue(file.find());
        assertEquals(FormLimitsFilter.MAX_FILE_BYTES, Long.parseLong(file.group(1)));
        // the pages' own checks (5 MB) must see a file larger than theirs to refuse it beside the field
        assertTrue(Long.parseLong(file.group(1)) > 5L * 1024 * 1024);
    }

    @Test
    void multipartPostsOverTheServletsLimitAreSentBack() {
        long over = FormLimitsFilter.MAX_REQUEST_BYTES + 1;
        assertEquals(Refusal.UPLOAD_TOO_LARGE, FormLimitsFilter.refusal("POST", "multipart/form-data; boundary=x", over));
        assertEquals(Refusal.UPLOAD_TOO_LARGE, FormLimitsFilter.refusal("POST", "Multipart/Form-Data; boundary=x", over));
        assertNull(FormLimitsFilter.refusal("POST", "multipart/form-data; boundary=x", FormLimitsFilter.MAX_REQUEST_BYTES));
        assertNull(FormLimitsFilter.refusal("GET", "multipart/form-data; boundary=x", over));
        assertNull(FormLimitsFilter.refusal("POST", null, over));
        // a browser always declares the length of a file form; the container's own limit stops one that does not
        assertNull(FormLimitsFilter.refusal("POST", "multipart/form-data; boundary=x", -1));
    }

    @Test
    void formsWithoutAFileOverFourMegabytesOrOfUnknownLengthAreSentBack() {
        // three 100 MB posts to the login form ran the server out of memory (outside check)
        String form = "application/x-www-form-urlencoded; charset=UTF-8";
        assertEquals(Refusal.FORM_TOO_LARGE, FormLimitsFilter.refusal("POST", form, 100L * 1024 * 1024));
        assertEquals(Refusal.FORM_TOO_LARGE, FormLimitsFilter.refusal("POST", form, FormLimitsFilter.MAX_FORM_BYTES + 1));
        assertEquals(Refusal.FORM_TOO_LARGE, FormLimitsFilter.refusal("POST", form, -1));
        assertNull(FormLimitsFilter.refusal("POST", form, FormLimitsFilter.MAX_FORM_BYTES));
        assertNull(FormLimitsFilter.refusal("POST", "application/x-www-form-urlencoded", 2_000));
        assertNull(FormLimitsFilter.refusal("POST", "application/json", 100L * 1024 * 1024));
    }

    @Test
    void theStateOfAFacesFormInAnAddressIsDropped() {
        assertTrue(FormLimitsFilter.carriesFormState("jakarta.faces.ViewState=x"));
        assertTrue(FormLimitsFilter.carriesFormState("id=3&jakarta.faces.partial.ajax=true"));
        assertTrue(FormLimitsFilter.carriesFormState("jakarta%2Efaces%2EViewState=stateless"));
        assertTrue(FormLimitsFilter.carriesFormState("javax.faces.ViewState=x"));
        assertFalse(FormLimitsFilter.carriesFormState(null));
        assertFalse(FormLimitsFilter.carriesFormState("id=3&lang=en"));
        assertFalse(FormLimitsFilter.carriesFormState("ln=primefaces&v=15.0.0"));
        assertEquals("id=3&lang=en", FormLimitsFilter.withoutFormState("id=3&jakarta.faces.ViewState=x&lang=en"));
        assertEquals("", FormLimitsFilter.withoutFormState("jakarta.faces.partial.ajax=true"));
    }
}
