package org.shoumi.portal.chat.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.chat.control.ChatRobot.Kind;

class ChatRobotTest {

    private static final String DING = "https://oapi.dingtalk.com/robot/send?access_token=abc";

    @Test
    void aDingTalkRobotWithASecretIsSignedAsDingTalkDocumentsIt() {
        // the expected value computed independently (Python's hmac and base64)
        assertEquals("TyMeifh3UYQed/KzqeMuQhx8Jyv4zz4Jfs768p1udvU=", ChatRobot.sign(1733390000000L, "SECtest"));
        assertEquals(DING + "&timestamp=1733390000000&sign=TyMeifh3UYQed%2FKzqeMuQhx8Jyv4zz4Jfs768p1udvU%3D",
                ChatRobot.address(DING, Kind.DINGTALK, " SECtest ", 1733390000000L));
    }

    @Test
    void withoutASecretOrForWeComTheWebhookIsUsedAsItIs() {
        assertEquals(DING, ChatRobot.address(DING + " ", Kind.DINGTALK, "", 1L));
        String wecom = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k";
        assertEquals(wecom, ChatRobot.address(wecom, Kind.WECOM, "SECtest", 1L), "WeCom robots are not signed");
        assertEquals("http://x/hook?timestamp=5&sign=" + java.net.URLEncoder.encode(ChatRobot.sign(5, "s"),
                java.nio.charset.StandardCharsets.UTF_8), ChatRobot.address("http://x/hook", Kind.DINGTALK, "s", 5));
    }

    @Test
    void theKindComesFromConfigurationAndTheAnswerSaysWhetherItWasTaken() {
        assertEquals(Optional.of(Kind.WECOM), Kind.of(" WeCom "));
        assertEquals(Optional.of(Kind.DINGTALK), Kind.of("钉钉"));
        assertEquals(Optional.empty(), Kind.of("slack"));
        assertTrue(ChatRobot.accepted(200, "{\"errcode\": 0, \"errmsg\": \"ok\"}"));
        assertFalse(ChatRobot.accepted(200, "{\"errcode\":310000,\"errmsg\":\"sign not match\"}"));
        assertFalse(ChatRobot.accepted(500, "{\"errcode\":0}"));
    }
}
