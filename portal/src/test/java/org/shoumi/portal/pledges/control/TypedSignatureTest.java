package org.shoumi.portal.pledges.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
