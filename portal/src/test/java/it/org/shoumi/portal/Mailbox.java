package it.org.shoumi.portal;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Test only: what the GreenMail server of a mail test received. */
public final class Mailbox {

    private Mailbox() {
    }

    /** The messages addressed (To) to {@code address}, one per Message-ID (GreenMail keeps a copy per recipient). */
    public static List<MimeMessage> to(GreenMailExtension smtp, String address) {
        Set<String> seen = new HashSet<>();
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))
                        && seen.add(m.getMessageID());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
