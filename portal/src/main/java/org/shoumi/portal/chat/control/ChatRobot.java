package org.shoumi.portal.chat.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The rules of the two group robots the portal posts to: 企业微信 (WeCom) and 钉钉 (DingTalk). Both take the same text
 * message ({@code {"msgtype":"text","text":{"content":…}}}) at the robot's webhook address and answer
 * {@code {"errcode":0,…}} when they accept it. A DingTalk robot with 加签 (a signing secret) also wants the time in
 * milliseconds and its signature in the address: {@code &timestamp=…&sign=…}, the signature being the Base64 of
 * HMAC-SHA256 over "timestamp\nsecret" keyed with the secret, URL-encoded.
 */
public final class ChatRobot {

    /** The kinds of robot. */
    public enum Kind {
        WECOM, DINGTALK;

        /** From configuration: {@code wecom} or {@code dingtalk}, any case; anything else is none. */
        public static Optional<Kind> of(String configured) {
            if (configured == null) {
                return Optional.empty();
            }
            return switch (configured.strip().toLowerCase(Locale.ROOT)) {
                case "wecom", "wechat-work", "企业微信" -> Optional.of(WECOM);
                case "dingtalk", "钉钉" -> Optional.of(DINGTALK);
                default -> Optional.empty();
            };
        }
    }

    private ChatRobot() {
    }

    /** The address to post to at {@code nowMillis}: the webhook, signed when it is a DingTalk robot with a secret. */
    public static String address(String webhook, Kind kind, String secret, long nowMillis) {
        String base = webhook.strip();
        if (kind != Kind.DINGTALK || secret == null || secret.isBlank()) {
            return base;
        }
        String sign = URLEncoder.encode(sign(nowMillis, secret.strip()), StandardCharsets.UTF_8);
        return base + (base.contains("?") ? "&" : "?") + "timestamp=" + nowMillis + "&sign=" + sign;
    }

    /** DingTalk's signature of a time (milliseconds) with the robot's secret, before URL encoding. */
    public static String sign(long timestampMillis, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Whether the robot's answer says it took the message ({@code "errcode":0}, whatever the spacing). */
    public static boolean accepted(int status, String body) {
        return status == 200 && body != null && body.replaceAll("\\s", "").contains("\"errcode\":0");
    }
}
