package it.org.shoumi.portal.security;

import it.org.shoumi.portal.ServerLog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromInside;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;

/**
 * What the libraries in the war log reaches the server's log: POI logs through the log4j API, which had no provider
 * in the war (it printed "ERROR Log4j API could not find a logging provider" and dropped every later line).
 */
class ServerLogIT extends FromInside {

    @Test
    void aLineLoggedThroughTheLog4jApiLandsInTheServersLog() throws Exception {
        String marker = "log4j-bridge-" + System.nanoTime();
        ServerLog log = ServerLog.fromNow();
        LogManager.getLogger("org.apache.poi.ShoumiBridgeCheck").warn("{} from the log4j API", marker);
        Thread.sleep(200);
        List<String> lines = log.linesSince(marker);
        assertEquals(1, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).contains(" W " + marker + " from the log4j API"), lines.get(0));
        assertTrue(log.linesSince("could not find a logging provider").isEmpty());
    }
}
