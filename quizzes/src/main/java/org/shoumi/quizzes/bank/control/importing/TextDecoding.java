package org.shoumi.quizzes.bank.control.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text files from Chinese offices come in UTF-8 (with or without BOM) or GBK. A file that decodes as strict
 * UTF-8 is UTF-8; anything else is read as strict GBK (GB18030, its superset); bytes that are neither are refused
 * ({@link Undecodable}) instead of being read with replacement characters, and so is text that GBK reads as mostly
 * characters no GBK file of an office holds ({@link #unlikelyGbk}: Big5 read as GBK).
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
                String text = GBK.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                if (unlikelyGbk(text)) {
                    // Big5 (traditional Chinese) passes strict GB18030 and went into the bank as 代刚肈玂盞よ皐琌
                    // (outside check): refused as not GBK, like any other encoding
                    throw new Undecodable();
                }
                return text;
            } catch (CharacterCodingException notGbk) {
                // UTF-16, Big5 with bytes GB18030 does not have, a binary file: refused, never stored as '\uFFFD'
                throw new Undecodable();
            }
        }
    }

    /**
     * Whether text read as GBK is mostly letters a Chinese office's GBK file does not hold, as another encoding read
     * as GBK gives them: at least {@value #UNLIKELY_LEAST} of its letters beyond ASCII, and at least half of them,
     * are private-use characters (GB18030's user-defined areas), kana (GB2312's rows of Japanese syllables) or outside
     * GB2312 (the 6,763 characters of simplified Chinese). A traditional-Chinese file in Big5 reads so (測試題：保密工作
     * 的方針是？ as 代刚肈玂盞よ皐琌: 18 of 21 letters); GBK text with some rare or traditional characters (刘䶮, 國家)
     * does not (a traditional text saved as GBK about a third). Punctuation and symbols are not counted.
     */
    static boolean unlikelyGbk(String text) {
        java.nio.charset.CharsetEncoder gb2312 = Charset.isSupported("GB2312")
                ? Charset.forName("GB2312").newEncoder() : null;
        int letters = 0;
        int unlikely = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                continue;
            }
            if (Character.getType(c) == Character.PRIVATE_USE) {
                letters++;
                unlikely++;
            } else if (Character.isLetter(c)) {
                letters++;
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                        || gb2312 != null && !gb2312.canEncode(new String(Character.toChars(c)))) {
                    unlikely++;
                }
            }
        }
        return unlikely >= UNLIKELY_LEAST && unlikely * 2 >= letters;
    }

    /** The fewest unlikely letters for which {@link #unlikelyGbk} takes a text for another encoding. */
    static final int UNLIKELY_LEAST = 3;

    /** The bytes are neither UTF-8 nor GBK/GB18030 text; nothing was read. */
    public static final class Undecodable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Undecodable() {
            super("the file is neither UTF-8 nor GB18030 text");
        }
    }
}
