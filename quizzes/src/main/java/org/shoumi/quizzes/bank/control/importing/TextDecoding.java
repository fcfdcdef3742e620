package org.shoumi.quizzes.bank.control.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes uploaded text files whose encoding is not declared: a UTF-8 byte-order mark is removed; bytes that
 * are valid UTF-8 are read as UTF-8; anything else is read in the fallback charset (GBK for Chinese Excel
 * "CSV" exports, windows-1252 for old Western Moodle exports). Pure-ASCII files are the same in all three.
 */
public final class TextDecoding {

    /** The text and the charset it was read with. */
    public record Decoded(String text, Charset charset) {
    }

    private TextDecoding() {
    }

    public static Decoded decode(byte[] data, Charset fallback) {
        int offset = 0;
        if (data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF) {
            offset = 3;
        }
        ByteBuffer bytes = ByteBuffer.wrap(data, offset, data.length - offset);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
            return new Decoded(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(data, offset, data.length - offset, fallback), fallback);
        }
    }
}
