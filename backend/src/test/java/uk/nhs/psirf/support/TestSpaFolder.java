package uk.nhs.psirf.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** A tiny built SPA so that the static serving and the index.html fallback are tested. */
public class TestSpaFolder implements QuarkusTestResourceLifecycleManager {
    public static final String INDEX_MARKER = "<title>PSIRF test shell</title>";
    private Path dir;

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("psirf-spa");
            Files.writeString(dir.resolve("index.html"), "<!doctype html><html><head>" + INDEX_MARKER
                    + "</head><body><div id=\"root\"></div></body></html>");
            Files.createDirectories(dir.resolve("assets"));
            Files.writeString(dir.resolve("assets/app.js"), "console.log('psirf');");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("psirf.spa.dir", dir.toString());
    }

    @Override
    public void stop() {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
