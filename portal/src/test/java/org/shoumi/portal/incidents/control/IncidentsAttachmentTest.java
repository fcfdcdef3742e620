package org.shoumi.portal.incidents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.incidents.entity.AttachmentType;

class IncidentsAttachmentTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void photosAndPdfsAreRecognisedByTheirContent() {
        assertEquals(Optional.of(AttachmentType.PNG), Attachments.type(PNG));
        assertEquals(Optional.of(AttachmentType.JPEG), Attachments.type(JPEG));
        assertEquals(Optional.of(AttachmentType.PDF), Attachments.type(PDF));
    }

    @Test
    void anythingElseIsNot() {
        assertEquals(Optional.empty(), Attachments.type(null));
        assertEquals(Optional.empty(), Attachments.type(new byte[0]));
        assertEquals(Optional.empty(), Attachments.type(new byte[] {(byte) 0x89, 'P', 'N'}));
        assertEquals(Optional.empty(), Attachments.type("MZ\u0090\u0000 an exe".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.empty(), Attachments.type("工号,姓名\nA1,张三\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), Attachments.type("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(
                StandardCharsets.UTF_8)));
        // a PDF name on other content is still not a PDF
        assertEquals(Optional.empty(), Attachments.type(" %PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void theHashIsSha256Hex() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Attachments.sha256(new byte[0]));
    }
}
