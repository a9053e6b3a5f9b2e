package io.mltrainer.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.mltrainer.core.port.out.IntakeRepository;
import io.mltrainer.core.port.out.JobEventLog;
import io.mltrainer.core.port.out.JobRepository;
import io.mltrainer.core.port.out.SecretVault;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.JDBCUtils;

/**
 * The mltrainer database: an H2 file under the mltrainer home by default, or PostgreSQL. Opening it migrates the
 * schema (Flyway, {@code classpath:db/migration}), or, for a short command, first looks whether it has to
 * ({@link Schema#MIGRATE_IF_BEHIND}); closing it closes the connection pool.
 */
public final class Database implements Closeable {
    private static final String MIGRATIONS = "classpath:db/migration";
    /**
     * The newest migration in {@code db/migration} ({@code V5__leader_leases.sql}). A test fails when a migration is
     * added without raising it: a short command would otherwise open a schema one migration behind.
     */
    public static final String LATEST_MIGRATION = "5";

    private static final int READY_QUERY_SECONDS = 2;
    /** Flyway's schema history table. */
    private static final String HISTORY = "flyway_schema_history";

    private final HikariDataSource dataSource;
    private final SQLDialect dialect;
    private final DSLContext dsl;
    private final JsonCodec json = new JsonCodec();
    private final JobRepository jobs;
    private final JobEventLog events;
    /** The latest migration this build knows, applied at open: readiness checks it is still in place. */
    private final String schemaVersion;

    /** What opening the database does with its schema. */
    public enum Schema {
        /**
         * Flyway migrates at every open, validating the migrations already applied: the long-running commands
         * ({@code serve}, the chat, {@code run}).
         */
        MIGRATE,
        /**
         * One query on Flyway's history first: when it holds {@link #LATEST_MIGRATION} and no failed migration, the
         * schema is used as it is and Flyway is not even loaded (about 0.2 s of a short command such as {@code jobs});
         * otherwise (a fresh home, an older schema) Flyway migrates as with {@link #MIGRATE}.
         */
        MIGRATE_IF_BEHIND
    }

    /** Opens (and migrates) the database at {@code jdbcUrl}: H2 and PostgreSQL URLs are supported. */
    public Database(String jdbcUrl, String user, String password) {
        this(jdbcUrl, user, password, Schema.MIGRATE);
    }

    /** Opens the database at {@code jdbcUrl}, treating its schema as {@code schema} says. */
    public Database(String jdbcUrl, String user, String password, Schema schema) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        this.dialect = dialectOf(jdbcUrl);
        this.dataSource = pool(jdbcUrl, user, password, dialect);
        try {
            this.schemaVersion = schema == Schema.MIGRATE_IF_BEHIND
                            && hasHistory(dataSource)
                            && migrated(dataSource, LATEST_MIGRATION)
                    ? LATEST_MIGRATION
                    : migrate(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        this.dsl = DSL.using(dataSource, dialect, settings());
        this.jobs = new JooqJobRepository(dsl, json);
        this.events = new JooqJobEventLog(dsl, json);
    }

    /**
     * The embedded default: {@code <home>/mltrainer.mv.db}, in H2's automatic mixed mode, so that a second
     * mltrainer process (another terminal, {@code mltrainer jobs}) can use it while the first runs.
     */
    public static Database embedded(Path home) {
        return embedded(home, Schema.MIGRATE);
    }

    /** As {@link #embedded(Path)}, treating the schema as {@code schema} says. */
    public static Database embedded(Path home, Schema schema) {
        return new Database(h2Url(home), "sa", "", schema);
    }

    /** A PostgreSQL database ({@code jdbc:postgresql://host:5432/name}), shared by any number of replicas. */
    public static Database postgres(String jdbcUrl, String user, String password) {
        return postgres(jdbcUrl, user, password, Schema.MIGRATE);
    }

    /** As {@link #postgres(String, String, String)}, treating the schema as {@code schema} says. */
    public static Database postgres(String jdbcUrl, String user, String password, Schema schema) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    "not a PostgreSQL JDBC URL: '" + jdbcUrl + "'; expected jdbc:postgresql://host:5432/database");
        }
        return new Database(jdbcUrl, user, password, schema);
    }

    /** PostgreSQL when {@code jdbcUrl} is set, else the embedded H2 database under {@code home}. */
    public static Database open(Path home, String jdbcUrl, String user, String password) {
        return open(home, jdbcUrl, user, password, Schema.MIGRATE);
    }

    /** As {@link #open(Path, String, String, String)}, treating the schema as {@code schema} says. */
    public static Database open(Path home, String jdbcUrl, String user, String password, Schema schema) {
        return jdbcUrl == null || jdbcUrl.isBlank()
                ? embedded(home, schema)
                : postgres(jdbcUrl, user, password, schema);
    }

    /** The JDBC URL of the embedded database under {@code home}; the directory is created if needed. */
    public static String h2Url(Path home) {
        Path dir = home.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the mltrainer home " + dir, e);
        }
        // WRITE_DELAY=0: a commit reaches the file at once, so a checkpoint survives a SIGKILL right after it.
        return "jdbc:h2:file:" + dir.resolve("mltrainer") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }

    public JobRepository jobs() {
        return jobs;
    }

    public JobEventLog events() {
        return events;
    }

    public IntakeRepository intakes() {
        return new JooqIntakeRepository(dsl, json);
    }

    /** Platform deliveries already handled (de-duplication of retried events). */
    public io.mltrainer.core.port.out.Deliveries deliveries() {
        return new JooqDeliveries(dsl, Clock.systemUTC());
    }

    /**
     * How the messages of one chat thread take turns: an advisory lock per thread on PostgreSQL (replicas share it);
     * on the embedded database, which serves one process, that process's own order.
     */
    public io.mltrainer.core.port.out.ThreadOrder threadOrder() {
        return dialect == SQLDialect.POSTGRES
                ? new AdvisoryThreadOrder(dsl)
                : io.mltrainer.core.port.out.ThreadOrder.ONE_PROCESS;
    }

    /** Where each build's status card was posted, per chat platform. */
    public io.mltrainer.core.port.out.CardMessages cardMessages() {
        return new JooqCardMessages(dsl, Clock.systemUTC());
    }

    /** Named leader leases (one replica runs the Discord gateway), expiry judged by {@code clock}. */
    public io.mltrainer.core.chat.LeaderLeases leaderLeases(Clock clock) {
        return new JooqLeaderLeases(dsl, clock);
    }

    /** The users' secrets, encrypted with (keys derived from) {@code key}. */
    public SecretVault secrets(MasterKey key) {
        return new JooqSecretVault(dsl, key, Clock.systemUTC(), new SecureRandom());
    }

    /** For the other repositories of this adapter; queries go through the generated types. */
    public DSLContext dsl() {
        return dsl;
    }

    /**
     * Whether the database answers and its schema is migrated: one cheap query on Flyway's history (no failed
     * migration, and the latest migration this build knows applied). False, never an exception, when the database
     * cannot be reached.
     */
    public boolean ready() {
        return migrated(dataSource, schemaVersion);
    }

    public SQLDialect dialect() {
        return dialect;
    }

    public JsonCodec json() {
        return json;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static SQLDialect dialectOf(String jdbcUrl) {
        SQLDialect dialect = JDBCUtils.dialect(jdbcUrl);
        if (dialect != SQLDialect.H2 && dialect != SQLDialect.POSTGRES) {
            throw new IllegalArgumentException("mltrainer supports H2 and PostgreSQL, not '" + jdbcUrl + "'");
        }
        return dialect;
    }

    private static HikariDataSource pool(String jdbcUrl, String user, String password, SQLDialect dialect) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("mltrainer-db");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        // an embedded database serves one process; PostgreSQL serves the whole worker pool, and each chat thread
        // whose message is being handled holds one connection for its turn (AdvisoryThreadOrder)
        config.setMaximumPoolSize(dialect == SQLDialect.H2 ? 4 : 20);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }

    /**
     * Whether Flyway's history table is there (asked of the driver's metadata: a query on a missing table would
     * leave an error in H2's trace file of a fresh home).
     */
    private static boolean hasHistory(DataSource dataSource) {
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.ResultSet tables = connection.getMetaData().getTables(null, null, HISTORY, null)) {
            return tables.next();
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    /**
     * Whether Flyway's history holds {@code version}, applied, and no failed migration; false, never an exception,
     * when the database cannot be reached or has no history yet.
     */
    private static boolean migrated(DataSource dataSource, String version) {
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.PreparedStatement statement = connection.prepareStatement("select sum(case when"
                        + " \"success\" then 0 else 1 end), sum(case when \"version\" = ? and \"success\" then 1"
                        + " else 0 end) from \"" + HISTORY + "\"")) {
            statement.setQueryTimeout(READY_QUERY_SECONDS);
            statement.setString(1, version);
            try (java.sql.ResultSet row = statement.executeQuery()) {
                return row.next() && row.getLong(1) == 0 && row.getLong(2) > 0;
            }
        } catch (java.sql.SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Migrates to the latest version and returns it. */
    private static String migrate(DataSource dataSource) {
        Flyway flyway =
                Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load();
        flyway.migrate();
        return flyway.info().current().getVersion().getVersion();
    }

    private static Settings settings() {
        // The schema's names are unquoted in the migrations: H2 folds them to upper case, PostgreSQL to lower
        // case. Rendering them unquoted makes the generated (upper-case) names work on both.
        return new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER);
    }
}
