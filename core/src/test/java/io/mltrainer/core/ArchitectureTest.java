package io.mltrainer.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The core holds the domain and the pipeline; talking to the world is the adapters' job. Inside, the layers point
 * inwards: {@code domain} ← {@code port} ({@code port.in}, {@code port.out}) ← {@code pipeline} ← {@code agents}
 * ← {@code usecase} ← {@code intake} ← {@code chat}, and no two packages need each other.
 */
@AnalyzeClasses(packages = "io.mltrainer.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule core_uses_no_io_library = noClasses()
            .that()
            .resideInAPackage("io.mltrainer.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.slack..",
                    "net.dv8tion..",
                    "okhttp3..",
                    "org.jooq..",
                    "dev.langchain4j..",
                    "java.sql..",
                    "javax.sql..",
                    "org.h2..",
                    "org.flywaydb..",
                    "java.net.http..",
                    "org.knowm..",
                    "java.awt..");

    @ArchTest
    static final ArchRule core_does_not_depend_on_adapters = noClasses()
            .that()
            .resideInAPackage("io.mltrainer.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.mltrainer.persistence..",
                    "io.mltrainer.runtimes..",
                    "io.mltrainer.charts..",
                    "io.mltrainer.datasets..",
                    "io.mltrainer.console..",
                    "io.mltrainer.bot..");

    @ArchTest
    static final ArchRule layers_point_inwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("domain")
            .definedBy("io.mltrainer.core.domain..")
            .layer("port.in")
            .definedBy("io.mltrainer.core.port.in..")
            .layer("port.out")
            .definedBy("io.mltrainer.core.port.out..")
            .layer("pipeline")
            .definedBy("io.mltrainer.core.pipeline..")
            .layer("agents")
            .definedBy("io.mltrainer.core.agents..")
            .layer("usecase")
            .definedBy("io.mltrainer.core.usecase..")
            .layer("intake")
            .definedBy("io.mltrainer.core.intake..")
            .layer("chat")
            .definedBy("io.mltrainer.core.chat..")
            .whereLayer("domain")
            .mayNotAccessAnyLayer()
            .whereLayer("port.in")
            .mayOnlyAccessLayers("domain")
            .whereLayer("port.out")
            .mayOnlyAccessLayers("domain")
            .whereLayer("pipeline")
            .mayOnlyAccessLayers("domain", "port.out")
            .whereLayer("agents")
            .mayOnlyAccessLayers("domain", "port.out", "pipeline")
            .whereLayer("usecase")
            .mayOnlyAccessLayers("domain", "port.in", "port.out", "pipeline", "agents")
            .whereLayer("intake")
            .mayOnlyAccessLayers("domain", "port.in", "port.out", "pipeline", "usecase")
            .whereLayer("chat")
            .mayNotBeAccessedByAnyLayer();

    /** Every package on its own (agents.intent, agents.dataset, …): none needs another that needs it back. */
    @ArchTest
    static final ArchRule packages_are_free_of_cycles =
            slices().matching("io.mltrainer.core.(**)").should().beFreeOfCycles();
}
