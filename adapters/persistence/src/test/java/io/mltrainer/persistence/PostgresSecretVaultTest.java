package io.mltrainer.persistence;

import static io.mltrainer.db.jooq.Tables.SECRETS;

import io.mltrainer.core.port.out.SecretVault;
import io.mltrainer.core.testing.SecretVaultContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

@EnabledIfEnvironmentVariable(named = PostgresDatabases.URL, matches = "jdbc:postgresql:.+")
class PostgresSecretVaultTest extends SecretVaultContract {
    @TempDir
    Path home;

    private Database database;

    @Override
    protected SecretVault newVault() {
        database = PostgresDatabases.emptied();
        database.dsl().deleteFrom(SECRETS).execute();
        return database.secrets(MasterKey.fromFile(home));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
