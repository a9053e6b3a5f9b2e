package io.mltrainer.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.RawTable;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parquet is read by the training Python (there is no Java reader without Hadoop's libraries): what it prints
 * becomes a table, and every way it cannot read says what to install or do instead.
 */
class ParquetTableReaderTest {
    @TempDir
    Path dir;

    @Test
    void the_rows_an_engine_prints_become_a_table_with_the_full_row_count() {
        Path python = DataFixtures.executable(
                dir,
                "python",
                "printf '%s\\n' '{\"total\": 1000}' '{\"x\": 1.5, \"y\": \"a\"}' '{\"x\": 2, \"y\": \"b\"}'");

        RawTable table = new ParquetTableReader(python.toString()).read(dir.resolve("t.parquet"), "t.parquet", 2);

        assertThat(table.header()).containsExactly("x", "y");
        assertThat(table.rows()).containsExactly(List.of("1.5", "a"), List.of("2", "b"));
        assertThat(table.totalRows()).isEqualTo(1000);
    }

    @Test
    void pandas_without_an_engine_is_a_missing_dependency_naming_what_to_install() {
        Path python = DataFixtures.pythonWithoutParquetEngine(dir);
        Path file = DataFixtures.write(dir, "t.parquet", "PAR1 not really");

        assertThatThrownBy(() -> new ParquetTableReader(python.toString()).read(file, "t.parquet", 10))
                .isInstanceOfSatisfying(StageException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.MISSING_DEPENDENCY);
                    assertThat(e.getMessage())
                            .startsWith("Reading Parquet (t.parquet) needs pandas with pyarrow or fastparquet")
                            .contains("pip install pyarrow");
                });
    }

    @Test
    void no_python_at_all_is_a_missing_dependency_too() {
        String nowhere = dir.resolve("no-python").toString();

        assertThatThrownBy(() -> new ParquetTableReader(nowhere).read(dir.resolve("t.parquet"), "t.parquet", 10))
                .isInstanceOfSatisfying(StageException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.MISSING_DEPENDENCY);
                    assertThat(e.getMessage()).contains("there is no Python at " + nowhere);
                });
    }

    @Test
    void a_file_the_engine_cannot_read_is_bad_input_with_its_last_words() {
        Path python = DataFixtures.executable(
                dir,
                "python",
                "echo 'Traceback (most recent call last):'; echo 'ArrowInvalid: not a Parquet file'; exit 1");

        assertThatThrownBy(
                        () -> new ParquetTableReader(python.toString()).read(dir.resolve("t.parquet"), "t.parquet", 10))
                .isInstanceOfSatisfying(StageException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.BAD_INPUT);
                    assertThat(e.getMessage())
                            .isEqualTo("t.parquet could not be read as Parquet: ArrowInvalid: not a Parquet file");
                });
    }
}
