package io.mltrainer.nlp;

import static io.mltrainer.core.domain.DatasetSourceKind.HUGGINGFACE;
import static io.mltrainer.core.domain.DatasetSourceKind.KAGGLE;
import static io.mltrainer.core.domain.DatasetSourceKind.LOCAL;
import static io.mltrainer.core.domain.DatasetSourceKind.URL;
import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DeploymentSpec;
import io.mltrainer.core.domain.DeploymentSpec.DeployTarget;
import io.mltrainer.core.domain.Expertise;
import io.mltrainer.core.domain.FineTuning;
import io.mltrainer.core.domain.Hyperparameters;
import io.mltrainer.core.domain.Precision;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.RuntimeSpec;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlotExtractorTest {
    private final SlotExtractor extractor = new SlotExtractor();

    private Slots read(String request) {
        return extractor.extract(request);
    }

    @Nested
    class Datasets {
        @ParameterizedTest(name = "{0} -> {1} {2}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "train on examples/iris.csv | LOCAL | examples/iris.csv",
                    "use the images in data/images | LOCAL | data/images",
                    "the photos are in ./images/ | LOCAL | ./images/",
                    "from ~/x.tsv | LOCAL | ~/x.tsv",
                    "read /home/me/data/train.csv | LOCAL | /home/me/data/train.csv",
                    "read C:\\data\\train.csv | LOCAL | C:\\data\\train.csv",
                    "predict price from data/houses.csv. | LOCAL | data/houses.csv",
                    "fine-tune on tatsu-lab/alpaca | HUGGINGFACE | tatsu-lab/alpaca",
                    "load hf://datasets/stanfordnlp/imdb please | HUGGINGFACE | stanfordnlp/imdb",
                    "dataset sms_spam on Hugging Face | HUGGINGFACE | sms_spam",
                    "the emotion dataset from the hub | HUGGINGFACE | emotion",
                    "the Hugging Face dataset ag_news | HUGGINGFACE | ag_news",
                    "sentiment on imdb | HUGGINGFACE | imdb",
                    "see https://huggingface.co/datasets/stanfordnlp/imdb/tree/main | HUGGINGFACE | stanfordnlp/imdb",
                    "kaggle datasets download -d uciml/iris | KAGGLE | uciml/iris",
                    "https://www.kaggle.com/datasets/uciml/pima-indians-diabetes-database | KAGGLE"
                            + " | uciml/pima-indians-diabetes-database",
                    "blastchar/telco-customer-churn on Kaggle | KAGGLE | blastchar/telco-customer-churn",
                    "from Kaggle: owner/some-slug | KAGGLE | owner/some-slug",
                    "get https://example.com/data/houses.csv. | URL | https://example.com/data/houses.csv",
                    "records at http://example.org/api/export.json | URL | http://example.org/api/export.json",
                })
        void finds_each_kind_of_reference(String request, DatasetSourceKind source, String location) {
            assertThat(read(request).dataset()).isEqualTo(new DatasetLocation(source, location));
        }

        @Test
        void a_file_under_a_usual_folder_is_a_path_not_a_hub_id() {
            assertThat(read("predict the species from examples/iris.csv").dataset())
                    .isEqualTo(new DatasetLocation(LOCAL, "examples/iris.csv"));
        }

        @Test
        void an_owner_slug_said_with_kaggle_is_data_and_does_not_ask_for_the_kaggle_runtime() {
            Slots slots = read("use blastchar/telco-customer-churn from Kaggle");

            assertThat(slots.dataset()).isEqualTo(new DatasetLocation(KAGGLE, "blastchar/telco-customer-churn"));
            assertThat(slots.runtime()).isNull();
        }

        @Test
        void the_repository_to_publish_to_is_not_read_as_a_dataset() {
            Slots slots = read("train on data/sms.csv and push to huggingface as myorg/spam-detector");

            assertThat(slots.dataset()).isEqualTo(new DatasetLocation(LOCAL, "data/sms.csv"));
            assertThat(slots.deployment().namespace()).isEqualTo("myorg");
        }

        @Test
        void a_model_page_on_the_hub_is_not_data() {
            assertThat(read("like https://huggingface.co/distilbert/distilbert-base-uncased")
                            .dataset())
                    .isNull();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "compare A100/H100 speed",
                    "and/or input/output",
                    "is this available on Hugging Face?",
                    "train on the customer data",
                    "fp16/bf16 either way",
                    "detect the emotion in tweets"
                })
        void finds_no_dataset_where_none_is_named(String request) {
            assertThat(read(request).dataset()).isNull();
        }
    }

    @Nested
    class Columns_ {
        @Test
        void predict_a_single_word_names_the_target() {
            assertThat(read("predict price from data/houses.csv").columns().target())
                    .isEqualTo("price");
        }

        @Test
        void a_target_column_may_be_called_label() {
            assertThat(read("target column label in data/x.csv").columns().target())
                    .isEqualTo("label");
        }

        @Test
        void a_quoted_label_column_is_read_whatever_its_name() {
            assertThat(read("the label column is `spam`").columns().label()).isEqualTo("spam");
        }

        @Test
        void text_and_label_columns_are_told_apart() {
            assertThat(read("text column is review and label column is stars in reviews.csv")
                            .columns())
                    .isEqualTo(new Columns(null, "review", "stars", null));
            assertThat(read("the text is in `body`, labels in `category`").columns())
                    .isEqualTo(new Columns(null, "body", "category", null));
            assertThat(read("image column is img, label column is label").columns())
                    .isEqualTo(new Columns(null, null, "label", "img"));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "predict whether a customer churns from churn.csv",
                    "predict house prices",
                    "predict the market value of a painting",
                    "predict the number of visitors"
                })
        void a_loose_phrase_gives_no_column_rather_than_a_wrong_one(String request) {
            assertThat(read(request).columns().target()).isNull();
        }
    }

    @Nested
    class Training {
        @Test
        void reads_epochs_batch_size_and_learning_rate_as_people_write_them() {
            assertThat(read("train for 3 epochs with batch size 16 and lr 3e-5").hyperparameters())
                    .isEqualTo(new Hyperparameters(3, 16, 3e-5, null));
            assertThat(read("learning rate 0.0002, 2k steps, epochs=5, bs=32").hyperparameters())
                    .isEqualTo(new Hyperparameters(5, 32, 2e-4, 2000));
            assertThat(read("lr 1e-4 max_steps 1,000").hyperparameters())
                    .isEqualTo(new Hyperparameters(null, null, 1e-4, 1000));
        }

        @Test
        void leaves_out_values_that_make_no_sense_instead_of_failing() {
            assertThat(read("lr 5 for 0 epochs").hyperparameters()).isEqualTo(Hyperparameters.NONE);
        }

        @Test
        void four_bit_means_qlora_and_precision_is_read_separately() {
            Slots slots = read("fine-tune in 4-bit with bf16");

            assertThat(slots.fineTuning()).isEqualTo(FineTuning.QLORA);
            assertThat(slots.precision()).isEqualTo(Precision.BF16);
            assertThat(read("LoRA with fp16").fineTuning()).isEqualTo(FineTuning.LORA);
            assertThat(read("full fine-tuning in fp32").precision()).isEqualTo(Precision.FP32);
        }
    }

    @Nested
    class Runtimes {
        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                nullValues = "-",
                value = {
                    "train it on Kaggle | KAGGLE | -",
                    "on modal with an A100 | MODAL | A100",
                    "run it locally | LOCAL | -",
                    "trainiere auf Kaggle mit einer T4 | KAGGLE | T4",
                    "on a Kaggle GPU | KAGGLE | -",
                    "modal, a10 please | MODAL | A10G",
                })
        void reads_where_and_on_what(String request, RuntimeKind kind, String accelerator) {
            assertThat(read(request).runtime()).isEqualTo(new RuntimeSpec(kind, accelerator));
        }

        @Test
        void a_gpu_without_a_place_goes_where_that_gpu_is() {
            // Kaggle's free GPUs are T4 and P100; the others are rented on Modal
            assertThat(read("with a T4").runtime()).isEqualTo(new RuntimeSpec(RuntimeKind.KAGGLE, "T4"));
            assertThat(read("on an H100").runtime()).isEqualTo(new RuntimeSpec(RuntimeKind.MODAL, "H100"));
        }

        @Test
        void says_nothing_about_the_runtime_when_the_request_does_not() {
            assertThat(read("classify reviews").runtime()).isNull();
        }
    }

    @Nested
    class Models {
        @Test
        void the_hub_deployment_takes_namespace_repository_and_privacy() {
            Slots slots = read("push to huggingface as myorg/spam-detector, private");

            assertThat(slots.deployment())
                    .isEqualTo(new DeploymentSpec(DeployTarget.HUGGINGFACE, "myorg", "spam-detector", true, null));
            assertThat(slots.modelName()).isEqualTo("spam-detector");
        }

        @Test
        void a_repository_without_namespace_and_a_demo_space() {
            assertThat(read("publish it to the Hub as spam-detector with a gradio demo")
                            .deployment())
                    .isEqualTo(new DeploymentSpec(DeployTarget.HUGGINGFACE, null, "spam-detector", null, true));
        }

        @Test
        void push_it_to_the_hub_under_an_organisation_and_make_it_public() {
            assertThat(read("classify spam from emails.csv, push it to the hub under the acme org and make it public")
                            .deployment())
                    .isEqualTo(new DeploymentSpec(DeployTarget.HUGGINGFACE, "acme", null, false, null));
        }

        @Test
        void an_organisation_or_make_it_public_alone_means_the_hub() {
            assertThat(read("classify spam from emails.csv under the acme org").deployment())
                    .isEqualTo(new DeploymentSpec(DeployTarget.HUGGINGFACE, "acme", null, null, null));
            assertThat(read("classify spam from emails.csv and make it public").deployment())
                    .isEqualTo(new DeploymentSpec(DeployTarget.HUGGINGFACE, null, null, false, null));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "classify spam from emails.csv, keep it local",
                    "classify spam from emails.csv and save the model locally",
                    "classify spam from emails.csv but don't push it anywhere"
                })
        void keep_it_local_is_a_choice_of_the_registry(String request) {
            assertThat(read(request).deployment()).isEqualTo(DeploymentSpec.KEEP_LOCAL);
        }

        @Test
        void my_account_names_no_organisation() {
            assertThat(read("push it to the hub under my account").deployment().namespace())
                    .isNull();
        }

        @Test
        void a_dataset_on_the_hub_is_no_deployment() {
            assertThat(read("dataset sms_spam on Hugging Face").deployment()).isNull();
        }

        @Test
        void the_base_model_is_kept_as_written() {
            assertThat(read("fine-tune Llama 3 8B on data/chat.jsonl").baseModel())
                    .isEqualTo("Llama 3 8B");
            assertThat(read("use distilbert-base-uncased for sentiment").baseModel())
                    .isEqualTo("distilbert-base-uncased");
        }

        @Test
        void a_hub_model_id_is_the_base_model_and_the_other_id_the_data() {
            Slots slots = read("fine-tune meta-llama/Llama-3.1-8B-Instruct on tatsu-lab/alpaca");

            assertThat(slots.baseModel()).isEqualTo("meta-llama/Llama-3.1-8B-Instruct");
            assertThat(slots.dataset()).isEqualTo(new DatasetLocation(HUGGINGFACE, "tatsu-lab/alpaca"));
        }

        @Test
        void data_named_after_a_model_family_stays_data() {
            Slots slots = read("fine-tune llama 3 on mlabonne/guanaco-llama2-1k");

            assertThat(slots.baseModel()).isEqualTo("llama 3");
            assertThat(slots.dataset()).isEqualTo(new DatasetLocation(HUGGINGFACE, "mlabonne/guanaco-llama2-1k"));
        }

        @Test
        void the_model_name_is_what_the_user_calls_it() {
            assertThat(read("classify churn, call it churn-v2").modelName()).isEqualTo("churn-v2");
        }
    }

    @Test
    void expertise_follows_how_the_request_is_put() {
        assertThat(read("I'm new to this, can you predict house prices?").expertise())
                .isEqualTo(Expertise.BEGINNER);
        assertThat(read("QLoRA, lr 2e-4, batch size 8").expertise()).isEqualTo(Expertise.EXPERT);
        assertThat(read("classify reviews").expertise()).isEqualTo(Expertise.INTERMEDIATE);
    }

    @Test
    void a_request_without_slots_is_empty() {
        assertThat(read("hello there").isEmpty()).isTrue();
        assertThat(read("").isEmpty()).isTrue();
    }

    @Test
    void a_url_is_data_even_with_a_kaggle_word_elsewhere() {
        assertThat(read("https://example.com/x.csv and train on kaggle").dataset())
                .isEqualTo(new DatasetLocation(URL, "https://example.com/x.csv"));
    }
}
