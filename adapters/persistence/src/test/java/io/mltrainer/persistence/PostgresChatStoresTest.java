package io.mltrainer.persistence;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@EnabledIfEnvironmentVariable(named = PostgresDatabases.URL, matches = "jdbc:postgresql:.+")
class PostgresChatStoresTest extends ChatStoresTest {
    @Override
    Database open(boolean empty) {
        return empty ? PostgresDatabases.emptied() : PostgresDatabases.connected();
    }
}
