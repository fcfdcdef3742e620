package org.shoumi.quizzes.bank.control.importing;

import java.nio.charset.Charset;
import java.util.Objects;
import org.shoumi.quizzes.bank.entity.QuestionKey;

/**
 * Settings of an import.
 *
 * @param keyPrefix         prefix of generated question keys: {@code <prefix>-<row or item number>}; pass one
 *                          unique per import (e.g. a batch id) when the file gives no 编号
 * @param defaultCategory   category of questions whose row or item has none
 * @param defaultDifficulty difficulty (1–5) of questions whose row has none
 * @param fallbackCharset   charset of text files that are not valid UTF-8 (GBK for Chinese spreadsheets;
 *                          windows-1252 for Western Moodle exports)
 */
public record ImportOptions(String keyPrefix, String defaultCategory, int defaultDifficulty, Charset fallbackCharset) {

    public static final Charset GBK = Charset.forName("GBK");

    public ImportOptions {
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        QuestionKey.of(keyPrefix + "-1");
        if (defaultCategory == null || defaultCategory.isBlank()) {
            throw new IllegalArgumentException("default category must not be blank");
        }
        if (defaultDifficulty < 1 || defaultDifficulty > 5) {
            throw new IllegalArgumentException("default difficulty must be 1–5");
        }
        Objects.requireNonNull(fallbackCharset, "fallbackCharset");
    }

    /** Prefix "import", category 未分类, difficulty 3, GBK fallback. */
    public static ImportOptions defaults() {
        return new ImportOptions("import", "未分类", 3, GBK);
    }

    public ImportOptions withKeyPrefix(String prefix) {
        return new ImportOptions(prefix, defaultCategory, defaultDifficulty, fallbackCharset);
    }

    public ImportOptions withDefaultCategory(String category) {
        return new ImportOptions(keyPrefix, category, defaultDifficulty, fallbackCharset);
    }

    public ImportOptions withFallbackCharset(Charset charset) {
        return new ImportOptions(keyPrefix, defaultCategory, defaultDifficulty, charset);
    }

    QuestionKey key(int number) {
        return QuestionKey.of(keyPrefix + "-" + number);
    }
}
