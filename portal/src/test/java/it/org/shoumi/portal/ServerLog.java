package it.org.shoumi.portal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The test server's {@code messages.log}, read from inside the server (in-container tests): what was logged after
 * a point. Liberty runs the server in its output folder and tells the folder of its logs in {@code LOG_DIR}.
 */
public final class ServerLog {

    private final Path file;
    private final long from;

    private ServerLog(Path file, long from) {
        this.file = file;
        this.from = from;
    }

    /** Marks the log's end now; fails when the server's log cannot be found (the check would see nothing). */
    public static ServerLog fromNow() throws IOException {
        String dir = System.getenv("LOG_DIR");
        Path file = (dir == null ? Path.of("logs") : Path.of(dir)).resolve("messages.log").toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("the server's log is not at " + file);
        }
        return new ServerLog(file, Files.size(file));
    }

    /** The lines written since {@link #fromNow()} that contain any of these texts. */
    public List<String> linesSince(String... texts) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            byte[] added = new byte[(int) Math.max(0, length - from)];
            in.seek(Math.min(from, length));
            in.readFully(added);
            return new String(added, StandardCharsets.UTF_8).lines()
                    .filter(line -> Arrays.stream(texts).anyMatch(line::contains)).toList();
        }
    }
}
