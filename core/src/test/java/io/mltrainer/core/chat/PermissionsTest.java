package io.mltrainer.core.chat;

import static io.mltrainer.core.testing.Jobs.aJob;
import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.Job;
import org.junit.jupiter.api.Test;

class PermissionsTest {
    private final Job job = aJob().ownedBy("slack:U1").build();

    @Test
    void the_owner_and_admins_change_a_build_nobody_else() {
        Permissions permissions = Permissions.parse(" UBOSS , discord:42 ");

        assertThat(permissions.mayChange("slack:U1", job)).isTrue();
        assertThat(permissions.mayChange("slack:UBOSS", job)).isTrue();
        assertThat(permissions.mayChange("discord:42", job)).isTrue();
        assertThat(permissions.mayChange("slack:U2", job)).isFalse();
        assertThat(permissions.mayChange("slack:42", job)).isFalse(); // a qualified admin only on its platform
    }

    @Test
    void without_admins_only_the_owner() {
        assertThat(Permissions.parse(null).mayChange("slack:U2", job)).isFalse();
        assertThat(Permissions.parse("").mayChange("slack:U1", job)).isTrue();
    }
}
