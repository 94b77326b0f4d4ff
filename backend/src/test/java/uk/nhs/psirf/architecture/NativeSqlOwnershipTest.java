package uk.nhs.psirf.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Native SQL is invisible to {@link ArchitectureTest}: a feature could read another feature's tables and no import
 * would show it. This test reads the main sources, finds the SQL in files that run native queries, and fails when a
 * statement reads or writes (FROM, JOIN, UPDATE, INSERT INTO, DELETE FROM) a table another feature owns; in a
 * {@code persistence} package a string that is just a table's name counts too (SQL built from it). A table's
 * owner is the feature whose entity maps it ({@code @Table}, {@code @CollectionTable}, {@code @JoinTable}, or an
 * {@code @Entity} named by its class); a table of the Flyway migrations that no entity maps belongs to the one feature
 * whose native SQL writes it.
 */
class NativeSqlOwnershipTest {
    private static final Path MAIN = Path.of("src/main/java/uk/nhs/psirf");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /**
     * The one allowed exception (issue 11): the oversight read model, {@code OversightFacts}, reads across the
     * features it oversees (events, responses, plans, actions, people) in a few aggregate queries that it
     * de-identifies. Going through each feature's front door would mean a query per row for every figure on the
     * oversight pages, and it writes none of those tables. Every other file reaches another feature's data through
     * that feature's front door, or a port the lower feature owns.
     */
    private static final Set<String> ALLOWED = Set.of("oversight/persistence/OversightFacts.java");

    /** Files that run native SQL; JPQL elsewhere names entities, not tables. */
    private static final Pattern RUNS_NATIVE_SQL = Pattern.compile(
            "createNativeQuery|@NamedNativeQuery|@SqlQuery|java\\.sql\\.(Connection|Statement|PreparedStatement)|"
                    + "javax\\.sql\\.DataSource|AgroalDataSource");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern SQL_WORD = Pattern.compile("\\b(select|insert|update|delete)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_USE = Pattern.compile(
            "\\b(?:from|join|update|insert\\s+into|delete\\s+from)\\s+([a-z_][a-z0-9_]*)\\b(?!\\s*\\.|\\()",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_WRITE = Pattern.compile(
            "\\b(?:update|insert\\s+into|delete\\s+from)\\s+([a-z_][a-z0-9_]*)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_TABLE = Pattern.compile(
            "@(?:Table|CollectionTable|JoinTable)\\s*\\(\\s*name\\s*=\\s*\"([a-z_0-9]+)\"");
    /** A query parameter's name, e.g. {@code setParameter("person", id)}: not a table. */
    private static final Pattern PARAMETER_NAME = Pattern.compile("setParameter\\(\\s*\"\\w+\"");
    private static final Pattern ENTITY = Pattern.compile("@Entity(?:\\s*\\(\\s*name\\s*=\\s*\"(\\w+)\"\\s*\\))?");
    private static final Pattern CLASS = Pattern.compile("\\bclass\\s+(\\w+)");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

    @Test
    void noFeatureReadsOrWritesAnotherFeaturesTablesInNativeSql() {
        Map<String, String> owners = tableOwners();
        List<String> crossings = new ArrayList<>();
        Map<Path, List<String>> sqlByFile = nativeSql();
        tableNamesInPersistence(owners.keySet()).forEach((file, names) -> sqlByFile
                .computeIfAbsent(file, f -> new ArrayList<>()).addAll(names.stream().map(n -> "from " + n).toList()));
        for (Map.Entry<Path, List<String>> file : sqlByFile.entrySet()) {
            String relative = relative(file.getKey());
            String feature = featureOf(file.getKey());
            if (ALLOWED.contains(relative)) {
                continue;
            }
            Set<String> tables = new TreeSet<>();
            file.getValue().forEach(sql -> tables.addAll(matches(TABLE_USE, sql)));
            for (String table : tables) {
                String owner = owners.get(table);
                if (owner != null && !owner.equals(feature)) {
                    crossings.add(relative + " -> " + table + " (" + owner + ")");
                }
            }
        }
        assertEquals(List.of(), crossings.stream().sorted().toList(), "native SQL in one feature uses another "
                + "feature's table (file -> table (owner)): reach it through the owner's front door, or a port the "
                + "lower feature owns; only " + ALLOWED + " may read across features");
    }

    @Test
    void everyTableOfTheMigrationsHasAnOwner() {
        Map<String, String> owners = tableOwners();
        List<String> orphans = migrationTables().stream().filter(t -> !owners.containsKey(t)).sorted().toList();
        assertEquals(List.of(), orphans, "tables no entity maps and no feature's native SQL writes");
        assertTrue(owners.size() > 40, () -> "too few tables found, is the scan broken? " + owners);
        assertEquals("responses", owners.get("learning_response"));
        assertEquals("platform", owners.get("audit_entry"));
        assertEquals("oversight", owners.get("oversight_group_response"), "no entity maps it: oversight writes it");
    }

    /** Table → feature, from the entities, then the tables only native SQL writes. */
    private static Map<String, String> tableOwners() {
        Map<String, String> owners = new HashMap<>();
        for (Path file : javaFiles()) {
            String source = read(file);
            String feature = featureOf(file);
            matches(NAMED_TABLE, source).forEach(t -> owners.put(t, feature));
            Matcher entity = ENTITY.matcher(source);
            if (entity.find() && !NAMED_TABLE.matcher(source).find()) {
                Matcher type = CLASS.matcher(source);
                String name = entity.group(1) != null ? entity.group(1) : type.find() ? type.group(1) : null;
                if (name != null) {
                    owners.put(snakeCase(name), feature);
                }
            }
        }
        Map<String, Set<String>> writers = new HashMap<>();
        nativeSql().forEach((file, statements) -> statements.forEach(sql -> matches(TABLE_WRITE, sql)
                .forEach(t -> writers.computeIfAbsent(t, k -> new TreeSet<>()).add(featureOf(file)))));
        for (String table : migrationTables()) {
            Set<String> features = writers.getOrDefault(table, Set.of());
            if (!owners.containsKey(table) && features.size() == 1) {
                owners.put(table, features.iterator().next());
            }
        }
        return owners;
    }

    /** The SQL-looking string literals (text blocks and plain strings) of each file that runs native SQL. */
    private static Map<Path, List<String>> nativeSql() {
        Map<Path, List<String>> found = new TreeMap<>();
        for (Path file : javaFiles()) {
            String source = read(file);
            if (!RUNS_NATIVE_SQL.matcher(source).find()) {
                continue;
            }
            List<String> literals = new ArrayList<>(matches(TEXT_BLOCK, source));
            matches(STRING, TEXT_BLOCK.matcher(source).replaceAll("")).forEach(literals::add);
            List<String> sql = literals.stream().filter(s -> SQL_WORD.matcher(s).find() || TABLE_USE.matcher(s).find())
                    .toList();
            if (!sql.isEmpty()) {
                found.put(file, new ArrayList<>(sql));
            }
        }
        return found;
    }

    /** Strings that are just a table's name in persistence packages, e.g. an enum naming the table SQL is built on. */
    private static Map<Path, List<String>> tableNamesInPersistence(Set<String> tables) {
        Map<Path, List<String>> found = new TreeMap<>();
        for (Path file : javaFiles()) {
            if (!relative(file).contains("/persistence/")) {
                continue;
            }
            String source = PARAMETER_NAME.matcher(NAMED_TABLE.matcher(read(file)).replaceAll("")).replaceAll("");
            List<String> names = matches(STRING, source).stream().filter(tables::contains).toList();
            if (!names.isEmpty()) {
                found.put(file, names);
            }
        }
        return found;
    }

    private static Set<String> migrationTables() {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            files.filter(f -> f.toString().endsWith(".sql"))
                    .forEach(f -> matches(CREATE_TABLE, read(f)).forEach(t -> tables.add(t.toLowerCase(Locale.ROOT))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String featureOf(Path file) {
        return MAIN.relativize(file).getName(0).toString();
    }

    private static String relative(Path file) {
        return MAIN.relativize(file).toString().replace('\\', '/');
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return found;
    }

    private static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
