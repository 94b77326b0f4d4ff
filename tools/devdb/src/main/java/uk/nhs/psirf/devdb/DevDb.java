package uk.nhs.psirf.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Development PostgreSQL 17 for `make run` and the end-to-end tests.
 *
 * <pre>java -jar devdb.jar --port 54329 --data .data/postgres [--db psirf --db keycloak] [--fast]</pre>
 *
 * Starts PostgreSQL on localhost:PORT with a persistent data directory (initialised on first
 * use only), makes sure the databases exist, sets the password of user {@code postgres} to
 * {@code postgres} (local connections are trusted anyway), prints a line starting with
 * {@code READY} and runs until SIGTERM/SIGINT, when it stops PostgreSQL cleanly (fast shutdown).
 *
 * <p>The data of {@code make run} persists, so PostgreSQL runs durably: the embedded library's own defaults
 * ({@code -F}, i.e. no fsync, and {@code synchronous_commit=off}) are overridden with fsync, synchronous commit
 * and full page writes on. Only {@code --fast} (the end-to-end run's throwaway database) turns them off.
 */
public final class DevDb {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(System.getenv().getOrDefault("PSIRF_DB_PORT", "54329"));
        String data = ".data/postgres";
        List<String> dbs = new java.util.ArrayList<>();
        boolean fast = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data" -> data = args[++i];
                case "--db" -> dbs.add(args[++i]);
                case "--fast" -> fast = true;
                case "-h", "--help" -> {
                    System.out.println("usage: devdb --port PORT --data DIR [--db NAME ...] [--fast]   (default databases: psirf, keycloak; --fast: no fsync, no synchronous commit, no full page writes: for throwaway test data only; without it PostgreSQL runs durably)");
                    return;
                }
                default -> {
                    System.err.println("devdb: unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (dbs.isEmpty()) {
            dbs = List.of("psirf", "keycloak");
        }
        File dataDir = new File(data).getAbsoluteFile();
        dataDir.mkdirs();

        long t0 = System.nanoTime();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        durability(fast).forEach(builder::setServerConfig);
        EmbeddedPostgres pg = builder
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(120))
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "200")
                .start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("devdb: stopping PostgreSQL");
            try {
                pg.close();
                System.out.println("STOPPED PostgreSQL");
            } catch (Exception e) {
                System.err.println("devdb: could not stop PostgreSQL cleanly: " + e);
            } finally {
                System.out.flush();
                stopped.countDown();
            }
        }, "devdb-shutdown"));

        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            try (Statement st = c.createStatement()) {
                st.execute("ALTER USER postgres PASSWORD 'postgres'");
            }
            for (String db : dbs) {
                if (!db.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("bad database name " + db);
                }
                boolean exists;
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    ps.setString(1, db);
                    try (ResultSet rs = ps.executeQuery()) {
                        exists = rs.next();
                    }
                }
                if (!exists) {
                    try (Statement st = c.createStatement()) {
                        st.execute("CREATE DATABASE " + db);
                    }
                    System.out.println("devdb: created database " + db);
                }
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("READY PostgreSQL on port %d, data %s, databases %s (user postgres, password postgres), %s, started in %d ms%n",
                port, dataDir, String.join(",", dbs), fast ? "fast: no fsync, for throwaway data only" : "durable", ms);
        System.out.flush();
        stopped.await();
    }

    /**
     * The settings that decide whether an acknowledged commit survives a crash or a power cut. They are set on the
     * command line, after the library's {@code -F}, so they win over it (and over postgresql.conf).
     */
    static Map<String, String> durability(boolean fast) {
        String value = fast ? "off" : "on";
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("fsync", value);
        settings.put("synchronous_commit", value);
        settings.put("full_page_writes", value);
        return settings;
    }
}
