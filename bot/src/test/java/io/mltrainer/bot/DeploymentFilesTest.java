package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The image and the compose file, read for what production relies on (Docker does not run in tests). */
class DeploymentFilesTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void the_image_runs_as_a_user_of_its_own_with_a_readiness_healthcheck_and_the_port_exposed() throws Exception {
        List<String> lines = Files.readAllLines(ROOT.resolve("Dockerfile"));
        String runStage = String.join("\n", lines.subList(lastFrom(lines), lines.size()));

        assertThat(runStage).containsPattern("(?m)^USER mltrainer$");
        assertThat(runStage).doesNotContainPattern("(?m)^USER (root|0)$");
        assertThat(runStage).containsPattern("(?ms)^HEALTHCHECK .*?/health/ready");
        assertThat(runStage).containsPattern("(?m)^EXPOSE 3000$");
        assertThat(runStage).contains("bubblewrap").contains("python3-sklearn").contains("python3-torch");
    }

    @Test
    void the_dependencies_are_resolved_in_a_layer_before_the_sources_are_copied() throws Exception {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));

        int goOffline = dockerfile.indexOf("dependency:go-offline");
        assertThat(goOffline).isPositive();
        assertThat(dockerfile.indexOf("COPY bot/pom.xml")).isBetween(0, goOffline);
        assertThat(dockerfile.indexOf("COPY . .")).isGreaterThan(goOffline);
    }

    @Test
    void every_module_pom_is_copied_before_go_offline() throws Exception {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        String parent = Files.readString(ROOT.resolve("pom.xml"));

        var modules = Pattern.compile("<module>([^<]+)</module>").matcher(parent);
        while (modules.find()) {
            assertThat(dockerfile).contains("COPY " + modules.group(1) + "/pom.xml ");
        }
    }

    @Test
    void compose_runs_two_replicas_on_one_postgresql_with_one_master_key_and_one_home() throws Exception {
        String compose = Files.readString(ROOT.resolve("compose.yaml"));

        assertThat(compose).containsPattern("(?m)^  postgres:$").contains("image: postgres:");
        assertThat(compose).containsPattern("(?m)^  replica-1:\\n    <<: \\*replica$");
        assertThat(compose).containsPattern("(?m)^  replica-2:\\n    <<: \\*replica$");
        assertThat(compose)
                .contains("x-replica: &replica")
                .contains("MLTRAINER_DATABASE_URL: jdbc:postgresql://postgres:5432/mltrainer")
                .contains("MLTRAINER_MASTER_KEY: ${MLTRAINER_MASTER_KEY:?")
                .contains("SLACK_SIGNING_SECRET: ${SLACK_SIGNING_SECRET");
        assertThat(compose.split("- mltrainer-home:/data", -1))
                .as("both replicas mount the one home")
                .hasSize(3);
    }

    private static int lastFrom(List<String> lines) {
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("FROM ")) {
                last = i;
            }
        }
        return last;
    }
}
