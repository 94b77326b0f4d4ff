package uk.nhs.psirf.devdb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database `make run` starts keeps what it acknowledged: devdb is started here with the arguments
 * scripts/stack.sh gives it ({@code devdb_args} in scripts/lib.sh) and asked for its settings.
 */
class DurabilityTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
    private static final List<String> SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes");

    @Test
    void the_database_make_run_starts_has_fsync_synchronous_commit_and_full_page_writes_on(@TempDir Path data)
            throws Exception {
        assertEquals(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"),
                settingsOfDevdbStartedAsStackShDoes(data, false));
    }

    @Test
    void only_the_throwaway_e2e_database_psirf_db_fast_runs_without_them(@TempDir Path data) throws Exception {
        assertTrue(Files.readString(ROOT.resolve("scripts/e2e.sh")).contains("export PSIRF_DB_FAST=1"),
                "scripts/e2e.sh asks for the fast database explicitly");
        assertEquals(Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"),
                settingsOfDevdbStartedAsStackShDoes(data, true));
    }

    private static Map<String, String> settingsOfDevdbStartedAsStackShDoes(Path data, boolean fastEnv)
            throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), DevDb.class.getName()));
        command.addAll(stackShArguments(port, data.resolve("postgres"), fastEnv));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("PSIRF_DB_FAST");
        Process devdb = builder.start();
        try {
            awaitReady(devdb);
            Map<String, String> settings = new LinkedHashMap<>();
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/psirf",
                    "postgres", "postgres"); Statement st = c.createStatement()) {
                for (String setting : SETTINGS) {
                    try (ResultSet rs = st.executeQuery("SHOW " + setting)) {
                        rs.next();
                        settings.put(setting, rs.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new AssertionError("could not query the devdb on port " + port, e);
            }
            return settings;
        } finally {
            devdb.destroy(); // SIGTERM: devdb's shutdown hook stops PostgreSQL cleanly
            if (!devdb.waitFor(60, TimeUnit.SECONDS)) {
                devdb.destroyForcibly();
            }
        }
    }

    /** What scripts/stack.sh passes to devdb.jar, from the same function in scripts/lib.sh. */
    private static List<String> stackShArguments(int port, Path dataDir, boolean fastEnv) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", ". \"$1\" && devdb_args \"$2\" \"$3\"", "devdb_args",
                ROOT.resolve("scripts/lib.sh").toString(), Integer.toString(port), dataDir.toString());
        builder.environment().remove("PSIRF_DB_FAST");
        if (fastEnv) {
            builder.environment().put("PSIRF_DB_FAST", "1");
        }
        Process bash = builder.redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), "devdb_args failed: " + out);
        List<String> args = out.lines().toList();
        assertTrue(args.contains("--port") && args.contains("--data"), "unexpected devdb arguments " + args);
        return args;
    }

    /** Waits for devdb's READY line; its output is read to the end meanwhile, so that it never blocks on a full pipe. */
    private static void awaitReady(Process devdb) throws Exception {
        StringBuffer output = new StringBuffer();
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(devdb.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    output.append(line).append('\n');
                    if (line.startsWith("READY")) {
                        ready.complete(true);
                    }
                }
            } catch (IOException ignored) {
                // devdb stopped
            }
            ready.complete(false);
        }, "devdb-output");
        reader.setDaemon(true);
        reader.start();
        boolean isReady;
        try {
            isReady = ready.get(150, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            isReady = false;
        }
        assertTrue(isReady, "devdb did not print READY:\n" + output);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
