package org.shoumi.quizzes.bank.control.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text files from Chinese offices come in UTF-8 (with or without BOM) or GBK. A file that decodes as strict
 * UTF-8 is UTF-8; anything else is read as strict GBK (GB18030, its superset); bytes that are neither are refused
 * ({@link Undecodable}) instead of being read with replacement characters.
 */
public final class TextDecoding {

    public static final Charset GBK = Charset.forName("GB18030");

    private TextDecoding() {
    }

    public static String decode(byte[] bytes) {
        String text = decodeAsIs(bytes);
        if (text.indexOf('\u0000') >= 0) {
            // no text file holds NUL; UTF-16 without its mark decodes as "GBK" with one after every Latin letter
            throw new Undecodable();
        }
        return text;
    }

    private static String decodeAsIs(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                return GBK.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException notGbk) {
                // UTF-16, Big5 with bytes GB18030 does not have, a binary file: refused, never stored as '\uFFFD'
                throw new Undecodable();
            }
        }
    }

    /** The bytes are neither UTF-8 nor GBK/GB18030 text; nothing was read. */
    public static final class Undecodable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Undecodable() {
            super("the file is neither UTF-8 nor GB18030 text");
        }
    }
}
