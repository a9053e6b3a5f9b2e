package io.mltrainer.kaggle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KaggleApiUrlTest {
    @Test
    void the_host_alone_and_the_versioned_base_mean_the_same_api() {
        assertThat(KaggleApiUrl.parse("http://127.0.0.1:8080").toString()).isEqualTo("http://127.0.0.1:8080/v1");
        assertThat(KaggleApiUrl.parse("http://127.0.0.1:8080/").toString()).isEqualTo("http://127.0.0.1:8080/v1");
        assertThat(KaggleApiUrl.parse("http://127.0.0.1:8080/v1").toString()).isEqualTo("http://127.0.0.1:8080/v1");
        assertThat(KaggleApiUrl.parse("http://127.0.0.1:8080/v1/").toString()).isEqualTo("http://127.0.0.1:8080/v1");
        assertThat(KaggleApiUrl.parse("https://proxy.example/kaggle").toString())
                .isEqualTo("https://proxy.example/kaggle/v1");
    }

    @Test
    void unset_means_kaggle_itself_and_nonsense_is_refused_with_an_example() {
        assertThat(KaggleApiUrl.parse(null).toString()).isEqualTo("https://api.kaggle.com/v1");
        assertThat(KaggleApiUrl.parse(" ").toString()).isEqualTo("https://api.kaggle.com/v1");
        assertThatThrownBy(() -> KaggleApiUrl.parse("api.kaggle.com"))
                .hasMessageContaining("KAGGLE_API_URL is not a URL")
                .hasMessageContaining("https://api.kaggle.com/v1");
    }
}
