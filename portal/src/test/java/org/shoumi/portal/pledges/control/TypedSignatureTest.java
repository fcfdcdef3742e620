package org.shoumi.portal.pledges.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A signature typed as text (the keyboard-only way, also through an input method) is written by the server into a
 * picture of the pad's size that the signature check accepts, whatever the script; nothing typed is no signature.
 */
class TypedSignatureTest {

    @Test
    void aChineseNameBecomesAPictureTheSignatureCheckAccepts() throws Exception {
        byte[] png = TypedSignature.png("测试新人").orElseThrow();
        assertTrue(SignatureImage.accepted(png).isPresent(), "accepted like a drawn signature");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(TypedSignature.WIDTH, image.getWidth());
        assertEquals(TypedSignature.HEIGHT, image.getHeight());
        // written in the CJK font: far more ink than the boxes a font without the characters would leave
        assertTrue(SignatureImage.inkPixels(png) > 3 * SignatureImage.MIN_INK_PIXELS, "ink: " + SignatureImage.inkPixels(png));
    }

    @Test
    void latinLettersAndALongNameAreWrittenToo() {
        assertTrue(TypedSignature.png("Ceshi Xinren").flatMap(SignatureImage::accepted).isPresent());
        String fifty = "欧阳".repeat(25);
        byte[] png = TypedSignature.png(fifty).orElseThrow();
        assertTrue(SignatureImage.accepted(png).isPresent(), "a long name is made smaller, not cut off or refused");
    }

    @Test
    void nothingTypedOrTooMuchIsNoSignature() {
        assertTrue(TypedSignature.png(null).isEmpty());
        assertTrue(TypedSignature.png("   ").isEmpty());
        assertTrue(TypedSignature.png("\u200b\u0007\u202e").isEmpty(), "invisible characters only");
        assertTrue(TypedSignature.png("名".repeat(TypedSignature.MAX_LENGTH + 1)).isEmpty());
    }

    @Test
    void invisibleCharactersAreDroppedAndTheTextIsNormalised() {
        assertEquals("测试新人", TypedSignature.clean(" 测试\u200b新人\u0000 "));
        assertEquals("é", TypedSignature.clean("e\u0301"));
    }

    /**
     * Outside check: 非小孙 after a right-to-left mark was accepted for 孙小非 and drawn reversed, and any text
     * ("同意", another person's name) passed. Only the roster name counts, read without widths and spaces.
     */
    @Test
    void aTypedSignatureMustBeTheSignersRosterName() {
        assertTrue(TypedSignature.isName("孙小非", "孙小非"));
        assertTrue(TypedSignature.isName(" 孙　小非 ", "孙小非"), "spaces, the ideographic one too, do not count");
        assertTrue(TypedSignature.isName("ＳＵＮ Xiaofei", "SUN Xiaofei"), "full-width letters are the same letters");
        assertTrue(TypedSignature.isName("孙\u200b小非", "孙小非"), "an invisible character is dropped as when drawn");
        assertFalse(TypedSignature.isName("\u202e非小孙", "孙小非"), "reversed on screen is still another text");
        assertFalse(TypedSignature.isName("非小孙", "孙小非"));
        assertFalse(TypedSignature.isName("同意", "孙小非"));
        assertFalse(TypedSignature.isName("朱文博", "孙小非"), "another person's name");
        assertFalse(TypedSignature.isName("孙小", "孙小非"));
        assertFalse(TypedSignature.isName("\u202e", "孙小非"));
        assertFalse(TypedSignature.isName(null, "孙小非"));
    }
}
