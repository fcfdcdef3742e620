package it.org.shoumi.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromOutside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The upload limits hold on the server, not only in the browser's p:validateFile: a roster upload posted by
 * hand that is too large, or not a CSV/Excel file, is refused and nothing is read from it.
 */
class UploadLimitsIT extends FromOutside {

    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

    @Test
    void aFileOverTheLimitIsRefusedByTheServer() throws Exception {
        HttpResponse<String> small = upload("roster.csv", "text/csv", csv(2000));
        assertEquals(200, small.statusCode());
        assertTrue(read(small), "control: the same kind of file under the limit is read (and its rows judged): "
                + small.body().replaceAll("(?s).*<form[^>]*id=\"upload\"", "").replaceAll("(?s)</form>.*", ""));

        for (int size : new int[] {5 * 1024 * 1024 + 100_000, 7 * 1024 * 1024}) {
            HttpResponse<String> answer = upload("roster.csv", "text/csv", csv(size));
            assertTrue(answer.statusCode() < 500, size + " bytes: status " + answer.statusCode());
            assertFalse(read(answer), size + " bytes: the server did not read the file");
            assertNoStackTrace(answer.body());
        }
    }

    @Test
    void aFileOfAnotherTypeIsRefusedByTheServer() throws Exception {
        HttpResponse<String> answer = upload("roster.exe", "application/octet-stream", csv(2000));
        assertEquals(200, answer.statusCode());
        assertFalse(answer.body().contains("均无问题"), "an .exe is not accepted as a roster");
        assertFalse(answer.body().contains("id=\"run\""), "no import is offered for it");
        assertTrue(answer.body().contains("ui-message-error") && answer.body().contains("roster.exe"),
                "the page says why: the file's type is refused");
        assertNoStackTrace(answer.body());
    }

    /** Found by an outside check: an empty (0-byte) roster was answered "请选择文件。" though a file was chosen. */
    @Test
    void anEmptyFileIsSaidToBeEmpty() throws Exception {
        HttpResponse<String> answer = upload("empty-roster.csv", "text/csv", new byte[0]);
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("文件 empty-roster.csv 是空的（0 字节）"), answer.body());
        assertFalse(answer.body().contains("请选择文件。"), "a file was chosen");
    }

    private HttpResponse<String> upload(String fileName, String type, byte[] content) throws Exception {
        PortalClient hr = new PortalClient(base.toURI());
        hr.login("hr", "Shoumi@2026");
        Page page = hr.get("employees/import.xhtml");
        Matcher start = Pattern.compile("<form[^>]*\\bid=\"upload\"").matcher(page.body());
        assertTrue(start.find(), "the import page has the upload form");
        String form = page.body().substring(start.start());
        form = form.substring(0, form.indexOf("</form>"));
        String boundary = "----shoumi" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Matcher hidden = HIDDEN.matcher(form);
        while (hidden.find()) {
            Matcher name = NAME.matcher(hidden.group());
            Matcher value = VALUE.matcher(hidden.group());
            if (name.find()) {
                // the form's own hidden fields, as a browser sends them: form marker, view state, CSP nonce
                field(body, boundary, name.group(1), value.find() ? value.group(1).replace("&#58;", ":") : "");
            }
        }
        field(body, boundary, "primefaces.nonce", PortalClient.nonce(page).orElse(""));
        Matcher fileInput = Pattern.compile("<input[^>]*type=\"file\"[^>]*>").matcher(form);
        assertTrue(fileInput.find(), "the form has a file input");
        Matcher nameAttr = NAME.matcher(fileInput.group());
        assertTrue(nameAttr.find());
        String fileField = nameAttr.group(1);
        field(body, boundary, "upload:check", "");
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String session = hr.cookie("JSESSIONID").orElseThrow();
        String ltpa = hr.cookie("LtpaToken2").orElse("");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return http.send(HttpRequest.newBuilder(page.uri())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", "JSESSIONID=" + session + (ltpa.isEmpty() ? "" : "; LtpaToken2=" + ltpa))
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Whether the page answers with the outcome of reading the rows (all fine, or problems found). */
    private static boolean read(HttpResponse<String> answer) {
        return answer.body().contains("均无问题") || answer.body().contains("处问题，不能导入");
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) throws Exception {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] csv(int size) {
        StringBuilder s = new StringBuilder("工号,姓名,部门,岗位,涉密等级,入职日期\n");
        while (s.length() < size) {
            s.append("X0001,某某,OFFICE,STAFF,GENERAL,2026-01-01\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void assertNoStackTrace(String body) {
        assertFalse(body.contains("\tat "), "stack trace");
        assertFalse(body.contains("Caused by"), "stack trace");
    }
}
