package io.mltrainer.bot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The surfaces (Slack, Discord, the terminal, the commands of the command line) call the core only through its
 * {@code port.in} use cases; which classes implement them is the application's business (its wiring, in
 * {@link Application}), not theirs.
 */
@AnalyzeClasses(
        packages = {"io.mltrainer.slack", "io.mltrainer.discord", "io.mltrainer.console", "io.mltrainer.bot"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class SurfacesUseInPortsTest {

    @ArchTest
    static final ArchRule surfaces_know_the_use_cases_only_by_their_in_ports = noClasses()
            .that()
            .resideInAnyPackage(
                    "io.mltrainer.slack..", "io.mltrainer.discord..", "io.mltrainer.console..", "io.mltrainer.bot..")
            .and()
            .haveNameNotMatching("io\\.mltrainer\\.bot\\.Application(\\$.*)?")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.mltrainer.core.usecase..", "io.mltrainer.core.intake..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.mltrainer.core.chat.Conversations");
}
