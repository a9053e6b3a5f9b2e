package io.mltrainer.bench;

import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Lease;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.out.JobRepository;
import io.mltrainer.persistence.Database;
import io.mltrainer.persistence.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one checkpoint of a job whose JSON context is about 64 KB, on the embedded, file-backed H2 database
 * (a temporary directory; {@code WRITE_DELAY=0} as the product opens it):
 *
 * <ul>
 *   <li>{@link #repositorySave}: {@link JobRepository#save}, as the orchestrator checkpoints: Jackson serializes the
 *       context, jOOQ updates all columns of the row where id and version match (the optimistic check), on a
 *       connection from the product's Hikari pool;
 *   <li>{@link #plainJdbcUpdate}: {@code UPDATE jobs SET context = ? WHERE id = ?} of the same, already serialized
 *       JSON (the same {@code String} instance every time), on a plain JDBC connection to the same database ({@code DriverManager} with the product's own URL
 *       while the {@link Database} is open: in the same JVM, H2 hands out a second session on the same in-process
 *       database, not a TCP connection; setup checks this). It updates a second row, made like the first, so that
 *       the two never touch each other's version;
 *   <li>{@link #plainJdbcUpdateFreshString}: the same, binding a new {@code String} of the same bytes each time;
 *   <li>{@link #serializeOnly}: Jackson alone ({@link JsonCodec#write(JobContext)}), to see what the difference is
 *       made of.
 * </ul>
 *
 * <p>Every iteration starts on a fresh database file ({@link #openDatabase}); the context is the same object and the
 * same JSON throughout, so every write stores identical bytes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@State(Scope.Benchmark)
public class CheckpointBenchmark {
    /** The size the context's JSON is built up to (UTF-8 bytes); setup fails unless it lands within 1 KiB above. */
    static final int TARGET_BYTES = 64 * 1024;

    static final String PLAIN_UPDATE = "UPDATE jobs SET context = ? WHERE id = ?";

    private static final JobId SAVED = new JobId("bench-checkpoint");
    private static final JobId PLAIN = new JobId("bench-plain-jdbc");

    private final Clock clock = Clock.systemUTC();
    private final List<String> fileSizes = new ArrayList<>();
    private JsonCodec json;
    private JobContext context;
    private String contextJson;
    private byte[] contextUtf8;
    private int contextBytes;
    private Path home;
    private Database database;
    private JobRepository jobs;
    private Connection jdbc;
    private Job current;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        json = new JsonCodec(); // Database.json() is a JsonCodec with the same (only) settings
        context = Fixtures.largeContext(json, 250, TARGET_BYTES);
        contextJson = json.write(context);
        contextUtf8 = contextJson.getBytes(StandardCharsets.UTF_8);
        contextBytes = contextUtf8.length;
        if (contextBytes < TARGET_BYTES || contextBytes > TARGET_BYTES + 1024) {
            throw new IllegalStateException("the context is " + contextBytes + " bytes, not about " + TARGET_BYTES);
        }
        if (!json.readContext(contextJson).equals(context)) {
            throw new IllegalStateException("the context does not survive a JSON round trip");
        }
        openDatabase();
        System.out.printf(
                "%n[setup] context JSON: %d bytes (UTF-8), %d chars; stored after one write each: %d chars (jOOQ row),"
                        + " %d chars (plain row); checkpoint row version %d%n",
                contextBytes, contextJson.length(), storedLength(SAVED), storedLength(PLAIN), current.version());
        closeDatabase();
    }

    /**
     * A fresh database file for every iteration, holding the two rows. At this write rate H2 keeps the superseded
     * chunks for its retention time (45 s), so one file would grow by hundreds of MB a second and its background
     * compaction would slow later iterations down; a fresh file keeps the iterations alike.
     */
    @Setup(Level.Iteration)
    public void openDatabase() throws SQLException {
        home = Fixtures.tempDir("mltrainer-bench-checkpoint");
        database = Database.embedded(home);
        jobs = database.jobs();

        Instant now = clock.instant();
        Lease lease = new Lease(Fixtures.WORKERS.self(), now.plus(Duration.ofSeconds(30)));
        ThreadKey thread = ThreadKey.terminal("bench");
        for (JobId id : new JobId[] {SAVED, PLAIN}) {
            jobs.create(new Job(id, "alice", thread, JobStatus.QUEUED, context, 0, null, now, now));
        }
        current = jobs.save(
                jobs.find(SAVED).orElseThrow().moveTo(JobStatus.RUNNING, now).withLease(lease));

        jdbc = DriverManager.getConnection(Database.h2Url(home), "sa", "");
        jdbc.setAutoCommit(true);
        if (!(jdbc.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal)) {
            throw new IllegalStateException("the plain JDBC connection is not an in-process H2 session");
        }
        if (plainJdbcUpdate() != 1) {
            throw new IllegalStateException("the plain update found no row");
        }
        repositorySave();
    }

    @TearDown(Level.Iteration)
    public void closeDatabase() throws SQLException {
        fileSizes.add(Fixtures.megabytes(home));
        jdbc.close();
        database.close();
        Fixtures.deleteRecursively(home);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        System.out.printf("%n[teardown] H2 directory after setup, then after each iteration: %s%n", fileSizes);
    }

    /** A checkpoint as the orchestrator writes it: serialize, update the row if its version still matches. */
    @Benchmark
    public Job repositorySave() {
        current = jobs.save(current.withContext(context, clock.instant()));
        return current;
    }

    /** The same JSON written by hand: one prepared statement, two parameters, autocommit. */
    @Benchmark
    public int plainJdbcUpdate() throws SQLException {
        try (PreparedStatement update = jdbc.prepareStatement(PLAIN_UPDATE)) {
            update.setString(1, contextJson);
            update.setString(2, PLAIN.value());
            int rows = update.executeUpdate();
            if (rows != 1) {
                throw new IllegalStateException("updated " + rows + " rows");
            }
            return rows;
        }
    }

    /**
     * As {@link #plainJdbcUpdate}, but binding a new {@code String} with the same bytes each time (decoded from a
     * byte array, a few microseconds for 64 KB), as a writer that serializes every checkpoint would: H2 hashes and
     * compares a string it is given before it keeps it, which the reused instance above skips.
     */
    @Benchmark
    public int plainJdbcUpdateFreshString() throws SQLException {
        try (PreparedStatement update = jdbc.prepareStatement(PLAIN_UPDATE)) {
            update.setString(1, new String(contextUtf8, StandardCharsets.UTF_8));
            update.setString(2, PLAIN.value());
            int rows = update.executeUpdate();
            if (rows != 1) {
                throw new IllegalStateException("updated " + rows + " rows");
            }
            return rows;
        }
    }

    /** Jackson only: the JSON of the same context. */
    @Benchmark
    public String serializeOnly() {
        return json.write(context);
    }

    private int storedLength(JobId id) throws SQLException {
        try (PreparedStatement query = jdbc.prepareStatement("SELECT LENGTH(context) FROM jobs WHERE id = ?")) {
            query.setString(1, id.value());
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("no row " + id);
                }
                return rows.getInt(1);
            }
        }
    }
}
