package org.shoumi.content.pack.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the files of a pack. The pack shipped in this jar lives under {@code content-pack/} on the class path
 * and lists its files in {@code content-pack/index.txt} (a jar cannot be listed portably); a test checks the
 * index against the folder.
 */
public final class PackReader {

    public static final String ROOT = "content-pack/";
    public static final String INDEX = ROOT + "index.txt";

    private PackReader() {
    }

    /** The pack shipped with the application. */
    public static List<PackFile> shipped() {
        ClassLoader loader = PackReader.class.getClassLoader();
        List<PackFile> files = new ArrayList<>();
        for (String path : read(loader, INDEX).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            files.add(new PackFile(path, read(loader, ROOT + path)));
        }
        return files;
    }

    /** Every .md file below a folder, with paths relative to it (for tests and for checking the index). */
    public static List<PackFile> directory(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<PackFile> files = new ArrayList<>();
            for (Path p : walk.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().equals("README.md"))
                    .sorted().toList()) {
                files.add(new PackFile(root.relativize(p).toString().replace('\\', '/'),
                        Files.readString(p, StandardCharsets.UTF_8)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("content pack file missing from the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
