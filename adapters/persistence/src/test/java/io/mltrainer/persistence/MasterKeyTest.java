package io.mltrainer.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyTest {
    @TempDir
    Path home;

    @Test
    void creates_a_key_file_only_its_owner_can_read() throws IOException {
        MasterKey.fromFile(home.resolve("not/yet"));

        Path file = home.resolve("not/yet/master.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
    }

    @Test
    void reuses_the_key_file_it_created() {
        MasterKey first = MasterKey.fromFile(home);

        assertThat(MasterKey.fromFile(home)).isEqualTo(first);
    }

    @Test
    void refuses_a_key_file_that_other_users_can_read() throws IOException {
        MasterKey.fromFile(home);
        Path file = home.resolve("master.key");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> MasterKey.fromFile(home))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("rw-r--r--")
                .hasMessageContaining("chmod 600");
    }

    @Test
    void refuses_a_key_file_that_holds_no_key() throws IOException {
        Files.writeString(home.resolve("master.key"), "not a key\n");
        Files.setPosixFilePermissions(home.resolve("master.key"), PosixFilePermissions.fromString("rw-------"));

        assertThatThrownBy(() -> MasterKey.fromFile(home))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not hold a master key");
    }

    @Test
    void uses_a_configured_key_and_then_writes_no_file() {
        String configured = MasterKey.generate(new SecureRandom());

        MasterKey key = MasterKey.resolve(configured, home);

        assertThat(key).isEqualTo(MasterKey.fromBase64(configured));
        assertThat(home.resolve("master.key")).doesNotExist();
    }

    @Test
    void falls_back_to_the_key_file_when_no_key_is_configured() {
        assertThat(MasterKey.resolve(" ", home)).isEqualTo(MasterKey.fromFile(home));
    }

    @Test
    void refuses_a_configured_key_of_the_wrong_size_without_repeating_it() {
        String tooShort = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> MasterKey.fromBase64(tooShort))
                .hasMessageContaining("32 bytes")
                .hasMessageNotContaining(tooShort);
        assertThatThrownBy(() -> MasterKey.fromBase64("s3cret!passphrase"))
                .hasMessageContaining("not base64")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void prints_without_its_bytes() {
        assertThat(MasterKey.fromFile(home)).hasToString("MasterKey[redacted]");
    }
}
