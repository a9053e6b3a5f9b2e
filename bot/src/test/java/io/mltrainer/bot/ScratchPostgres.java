package io.mltrainer.bot;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A database of its own on the PostgreSQL server of {@value #URL} (set by {@code .ci/run}), created empty and dropped
 * at {@link #close}: processes started on it migrate it from scratch and meet no other test's builds. {@code
 * serverUrl}, {@code user} and {@code password} reach the server; {@code name} is the scratch database's.
 */
record ScratchPostgres(String serverUrl, String user, String password, String name) implements AutoCloseable {
    static final String URL = "MLTRAINER_TEST_DATABASE_URL";

    /** Creates a fresh database beside the one {@value #URL} names (its user may create databases, as in CI). */
    static ScratchPostgres create(Map<String, String> env) throws SQLException {
        String name = "mltrainer_scratch_"
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        ScratchPostgres scratch = new ScratchPostgres(
                env.get(URL),
                env.get("MLTRAINER_TEST_DATABASE_USER"),
                env.get("MLTRAINER_TEST_DATABASE_PASSWORD"),
                name);
        scratch.execute("CREATE DATABASE " + name);
        return scratch;
    }

    /** The JDBC URL of the scratch database: the server's URL with the database name replaced. */
    String url() {
        return serverUrl.replaceFirst("^(jdbc:postgresql://[^/]*/)[^?]*", "$1" + name);
    }

    /** {@code MLTRAINER_DATABASE_URL}, {@code _USER} and {@code _PASSWORD} of a process on it. */
    Map<String, String> environment() {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("MLTRAINER_DATABASE_URL", url());
        if (user != null) {
            env.put("MLTRAINER_DATABASE_USER", user);
        }
        if (password != null) {
            env.put("MLTRAINER_DATABASE_PASSWORD", password);
        }
        return env;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
}
