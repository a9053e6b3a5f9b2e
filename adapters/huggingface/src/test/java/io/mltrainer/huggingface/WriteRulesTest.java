package io.mltrainer.huggingface;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may publish where: the namespace, the user's role in it, and the token's role or scopes. */
class WriteRulesTest {
    private static final List<Whoami.Org> ORGS =
            List.of(new Whoami.Org("acme", "write"), new Whoami.Org("bigco", "read"));

    private static Whoami alice(TokenRole role, Whoami.Scope... scopes) {
        return new Whoami("alice", ORGS, new Whoami.Token(role, List.of(scopes)));
    }

    @Test
    void a_write_token_can_publish_to_the_users_namespace_when_none_is_named() {
        WriteAccess access = HubClient.canWrite(alice(TokenRole.WRITE), null);

        assertThat(access.allowed()).isTrue();
        assertThat(access.namespace()).isEqualTo("alice");
    }

    @Test
    void write_and_admin_tokens_can_publish_to_an_org_where_the_user_may_write() {
        assertThat(HubClient.canWrite(alice(TokenRole.WRITE), "acme").allowed()).isTrue();
        assertThat(HubClient.canWrite(alice(TokenRole.ADMIN), "ACME").allowed()).isTrue();
    }

    @Test
    void a_read_token_cannot_publish_and_is_told_to_create_a_write_token() {
        WriteAccess access = HubClient.canWrite(alice(TokenRole.READ), "alice");

        assertThat(access.allowed()).isFalse();
        assertThat(access.reason()).contains("read token").contains("https://huggingface.co/settings/tokens");
    }

    @Test
    void a_read_role_in_the_org_forbids_publishing_there_even_with_a_write_token() {
        WriteAccess access = HubClient.canWrite(alice(TokenRole.WRITE), "bigco");

        assertThat(access.allowed()).isFalse();
        assertThat(access.reason()).contains("your role in bigco is 'read'");
    }

    @Test
    void a_namespace_that_is_neither_the_user_nor_an_org_of_theirs_is_refused() {
        WriteAccess access = HubClient.canWrite(alice(TokenRole.ADMIN), "google");

        assertThat(access.allowed()).isFalse();
        assertThat(access.reason()).contains("neither your account (alice) nor one of your organisations");
    }

    @Test
    void a_fine_grained_token_writes_only_where_it_has_repo_write() {
        Whoami scoped = alice(
                TokenRole.FINE_GRAINED,
                new Whoami.Scope("org", "acme", Set.of("repo.content.read", "repo.write")),
                new Whoami.Scope("user", "alice", Set.of("repo.content.read")));

        assertThat(HubClient.canWrite(scoped, "acme").allowed()).isTrue();
        WriteAccess own = HubClient.canWrite(scoped, "alice");
        assertThat(own.allowed()).isFalse();
        assertThat(own.reason()).contains("no 'repo.write' permission on alice");
    }

    @Test
    void a_token_whose_role_is_unknown_cannot_publish() {
        assertThat(HubClient.canWrite(alice(TokenRole.UNKNOWN), "alice").allowed())
                .isFalse();
    }
}
