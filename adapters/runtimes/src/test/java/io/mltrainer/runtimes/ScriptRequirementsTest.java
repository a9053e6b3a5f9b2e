package io.mltrainer.runtimes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptRequirementsTest {
    @Test
    void maps_requirement_lines_to_the_modules_scripts_import() {
        var needs = ScriptRequirements.parse("""
                # comment
                scikit-learn>=1.2
                Pillow>=9.0
                rouge-score>=0.1.2  # ROUGE
                some-other_pkg[extra]==1.0
                transformers>=4.56,<6
                -r more.txt
                """);

        assertThat(needs.modules()).containsExactly("sklearn", "PIL", "rouge_score", "some_other_pkg", "transformers");
        assertThat(needs.pipNames(java.util.List.of("PIL", "sklearn"))).containsExactly("scikit-learn", "pillow");
    }
}
