package io.mltrainer.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core holds the domain and the pipeline; talking to the world is the adapters' job. */
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
                    "java.awt..",
                    "io.micrometer..");

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
}
