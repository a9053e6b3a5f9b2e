package io.mltrainer.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.DatasetQuery;
import io.mltrainer.core.port.out.DatasetSample;
import io.mltrainer.core.port.out.ImageFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local files, folders and zip archives become samples; every unusable layout is named with the way out. */
class LocalDatasetSourceTest {
    @TempDir
    Path dir;

    private DatasetSample inspect(Path path) {
        var source = new LocalDatasetSource(new LocalTableReader(dir, "/usr/bin/python3"));
        return source.inspect(new DatasetQuery(
                new DatasetSpec(DatasetSourceKind.LOCAL, path.toString(), null), "tester", null, 1000));
    }

    @Test
    void refuses_a_small_zip_holding_a_gigabyte_member_before_reading_it() throws Exception {
        Path zip = dir.resolve("tiny.zip");
        try (var out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(zip))) {
            out.setLevel(java.util.zip.Deflater.BEST_SPEED);
            out.putNextEntry(new java.util.zip.ZipEntry("data/huge.csv"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 1024; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThat(java.nio.file.Files.size(zip)).isLessThan(6L * 1024 * 1024);

        assertThatThrownBy(() -> inspect(zip))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.BAD_INPUT))
                .hasMessageStartingWith("tiny.zip is refused as a possible zip bomb")
                .hasMessageContaining("data/huge.csv inflates");
    }

    @Test
    void reads_csv_tsv_json_and_json_lines_into_one_table_shape() {
        Path csv = DataFixtures.write(dir, "a.csv", "text,label\nhello there,1\nbye now,0\n");
        Path tsv = DataFixtures.write(dir, "a.tsv", "text\tlabel\nhello there\t1\nbye now\t0\n");
        Path json = DataFixtures.write(
                dir,
                "a.json",
                "{\"data\":[{\"text\":\"hello there\",\"label\":1}," + "{\"text\":\"bye now\",\"label\":0}]}");
        Path jsonl = DataFixtures.write(
                dir,
                "a.jsonl",
                "{\"text\":\"hello there\",\"label\":1}\n\n{\"text\":\"bye now\",\"label\":0,\"tags\":[\"x\"]}\n");

        assertThat(inspect(csv).table().rows())
                .containsExactly(java.util.List.of("hello there", "1"), java.util.List.of("bye now", "0"));
        assertThat(inspect(tsv).source().format()).isEqualTo(DataFormat.TSV);
        assertThat(inspect(json).table().header()).containsExactly("text", "label");
        DatasetSample lines = inspect(jsonl);
        assertThat(lines.source().format()).isEqualTo(DataFormat.JSONL);
        assertThat(lines.table().header()).containsExactly("text", "label", "tags");
        assertThat(lines.column("tags")).containsExactly("", "[\"x\"]");
    }

    @Test
    void broken_json_lines_name_the_line() {
        Path jsonl = DataFixtures.write(dir, "bad.jsonl", "{\"text\":\"ok\"}\n{\"text\": oops}\n");

        assertThatThrownBy(() -> inspect(jsonl)).hasMessageStartingWith(jsonl + " line 2 is not valid JSON");
    }

    @Test
    void image_class_folders_give_labels_sizes_and_unreadable_files() {
        DatasetSample sample = inspect(DataFixtures.imageFolder(dir));

        assertThat(sample.source().format()).isEqualTo(DataFormat.IMAGE_FOLDER);
        assertThat(sample.images()).hasSize(13);
        assertThat(sample.images())
                .filteredOn(i -> !i.readable())
                .extracting(ImageFile::path)
                .containsExactly("dogs/broken.png");
        assertThat(sample.images())
                .filteredOn(i -> i.path().equals("cats/cat2.png"))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.label()).isEqualTo("cats");
                    assertThat(i.width()).isEqualTo(34);
                    assertThat(i.height()).isEqualTo(32);
                });
    }

    @Test
    void a_zip_of_image_folders_is_read_in_place() {
        Path zip = DataFixtures.zip(DataFixtures.imageFolder(dir), dir.resolve("pets.zip"));

        DatasetSample sample = inspect(zip);

        assertThat(sample.source().archive()).isTrue();
        assertThat(sample.source().location()).isEqualTo(zip.toString());
        assertThat(sample.images()).filteredOn(ImageFile::readable).hasSize(12);
        assertThat(sample.images()).extracting(ImageFile::label).containsOnly("cats", "dogs");
    }

    @Test
    void coco_annotations_become_one_row_per_image_with_named_categories() {
        DatasetSample sample = inspect(DataFixtures.coco(dir));

        assertThat(sample.source().format()).isEqualTo(DataFormat.COCO);
        assertThat(sample.table().header()).containsExactly("image", "width", "height", "objects");
        assertThat(sample.column("objects").get(0)).isEqualTo("{\"bbox\":[[4,4,20,16]],\"category\":[\"circle\"]}");
        assertThat(sample.images()).hasSize(12);
    }

    @Test
    void metadata_csv_beside_images_names_missing_files() {
        Path root = DataFixtures.imageRegression(dir);
        DataFixtures.write(root, "metadata.csv", "file_name,age\nface0.png,20\nghost.png,30\n");

        DatasetSample sample = inspect(root);

        assertThat(sample.source().format()).isEqualTo(DataFormat.IMAGE_METADATA);
        assertThat(sample.images()).hasSize(1);
        assertThat(sample.notes()).singleElement().asString().contains("ghost.png");
    }

    @Test
    void a_folder_of_several_tables_asks_which_one() {
        DataFixtures.write(dir.resolve("tables"), "train.csv", "a,b\n1,2\n");
        DataFixtures.write(dir.resolve("tables"), "test.csv", "a,b\n1,2\n");

        assertThatThrownBy(() -> inspect(dir.resolve("tables"))).isInstanceOfSatisfying(StageException.class, e -> {
            assertThat(e.kind()).isEqualTo(FailureKind.NEEDS_ANSWER);
            assertThat(e.question().options()).containsExactly("test.csv", "train.csv");
        });
    }

    @Test
    void a_missing_path_and_an_empty_folder_say_what_to_give() {
        assertThatThrownBy(() -> inspect(dir.resolve("nowhere.csv"))).hasMessageContaining("does not exist");
        DataFixtures.write(dir.resolve("empty"), "README.md", "nothing here");
        assertThatThrownBy(() -> inspect(dir.resolve("empty")))
                .hasMessageContaining("no images in <label>/<image> folders, no COCO annotations.json");
    }

    @Test
    void parquet_without_an_engine_fails_before_any_compute_naming_what_to_install() {
        Path python = DataFixtures.pythonWithoutParquetEngine(dir.resolve("py"));
        Path parquet = DataFixtures.write(dir, "data.parquet", "PAR1 not really");
        var source = new LocalDatasetSource(new LocalTableReader(dir, python.toString()));

        assertThatThrownBy(() -> source.inspect(new DatasetQuery(
                        new DatasetSpec(DatasetSourceKind.LOCAL, parquet.toString(), null), "tester", null, 1000)))
                .isInstanceOfSatisfying(StageException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.MISSING_DEPENDENCY);
                    assertThat(e.getMessage())
                            .contains("pyarrow or fastparquet")
                            .contains("pip install pyarrow")
                            .contains("MLTRAINER_PYTHON")
                            .contains("CSV or JSON Lines");
                });
    }
}
