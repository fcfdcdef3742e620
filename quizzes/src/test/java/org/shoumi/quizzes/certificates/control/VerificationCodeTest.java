package org.shoumi.quizzes.certificates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.Decoder;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void codesAreTwelveUnambiguousCharactersAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCode.next();
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{12}"), code);
            assertTrue(seen.add(code), "a repeated code: " + code);
        }
    }

    @Test
    void aCodeIsReadBackHoweverItWasTyped() {
        assertEquals("7KQ4-M2XD-9TRA", VerificationCode.display("7KQ4M2XD9TRA"));
        assertEquals(Optional.of("7KQ4M2XD9TRA"), VerificationCode.parse("7kq4-m2xd-9tra"));
        assertEquals(Optional.of("7KQ4M2XD9TRA"), VerificationCode.parse(" 7KQ4 M2XD 9TRA "));
        assertEquals(Optional.of("10KQM2XD9TRA"), VerificationCode.parse("IOKQ-M2XD-9TRA"), "I is 1, O is 0");
        assertEquals(Optional.empty(), VerificationCode.parse("7KQ4-M2XD-9TR"), "too short");
        assertEquals(Optional.empty(), VerificationCode.parse("7KQ4-M2XD-9TRU"), "U is not in the alphabet");
        assertEquals(Optional.empty(), VerificationCode.parse("' or 1=1 --"));
        assertEquals(Optional.empty(), VerificationCode.parse(null));
    }

    @Test
    void thePublicPageShowsOnlyAMaskedName() {
        assertEquals("张*丰", VerificationCode.maskName("张三丰"));
        assertEquals("李*", VerificationCode.maskName("李明"));
        assertEquals("欧**雪", VerificationCode.maskName("欧阳春雪"));
        assertEquals("L******", VerificationCode.maskName("Li Ming"));
        assertEquals("*", VerificationCode.maskName(" "));
    }

    @Test
    void theQrCodeCarriesTheVerificationAddress() throws Exception {
        String url = "https://portal.example/shoumi/verify.xhtml?code=7KQ4M2XD9TRA";
        BitMatrix withMargin = QrSquares.matrix(url);
        int size = withMargin.getWidth() - 8;
        BitMatrix modules = new BitMatrix(size);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (withMargin.get(x + 4, y + 4)) {
                    modules.set(x, y);
                }
            }
        }
        assertEquals(url, new Decoder().decode(modules).getText());
    }
}
