package org.shoumi.portal.sessions.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import org.shoumi.portal.sessions.boundary.CheckInRefusedException;
import org.shoumi.portal.sessions.boundary.SessionRefusedException;
import org.shoumi.portal.sessions.entity.AttendanceSource;
import org.shoumi.portal.sessions.entity.SessionKind;

/** Every refusal, sheet problem and enum constant of the sessions has its text in both languages. */
class SessionsMessagesTest {

    private static final Path I18N = Path.of("src/main/resources/org/shoumi/portal/i18n");

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(I18N.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void everyReasonAndConstantHasAMessageInBothLanguages() throws IOException {
        for (Properties bundle : List.of(load("messages.properties"), load("messages_zh_CN.properties"))) {
            for (SessionRefusedException.Reason r : SessionRefusedException.Reason.values()) {
                assertTrue(bundle.containsKey("sessions.refused." + r.name()), r.name());
            }
            for (CheckInRefusedException.Reason r : CheckInRefusedException.Reason.values()) {
                assertTrue(bundle.containsKey("sessions.checkin.refused." + r.name()), r.name());
            }
            for (SheetProblem.Kind k : SheetProblem.Kind.values()) {
                assertTrue(bundle.containsKey(SheetProblem.ofFile(k).key()), k.name());
            }
            for (SessionHours.Problem p : SessionHours.Problem.values()) {
                assertTrue(bundle.containsKey("sessions.refused.HOURS_" + p.name()), p.name());
                SessionRefusedException.Reason.valueOf("HOURS_" + p.name());
            }
            for (CheckInRules.Refusal r : CheckInRules.Refusal.values()) {
                CheckInRefusedException.Reason.valueOf(r.name());
            }
            for (SessionKind k : SessionKind.values()) {
                assertTrue(bundle.containsKey("enum.SessionKind." + k.name()), k.name());
            }
            for (AttendanceSource s : AttendanceSource.values()) {
                assertTrue(bundle.containsKey("enum.AttendanceSource." + s.name()), s.name());
            }
            assertTrue(bundle.containsKey("enum.EvidenceKind." + EvidenceKind.SESSION_ATTENDANCE.name()));
        }
    }
}
