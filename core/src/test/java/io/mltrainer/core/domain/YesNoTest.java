package io.mltrainer.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YesNoTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "yes", "Yes.", "y", "yes, go ahead", "sure, start it", "sounds good, start it", "👍", "👍🏽", "ok",
                "OK!", "okay then", "go for it", "yes please", "let's go 🚀", "do it now", "lgtm", "sí, dale", "oui",
                "ja, los", "sim", "好的", "好的，开始吧", "confirmed", "yep, run it"
            })
    void takes_a_go_ahead_as_people_type_it(String text) {
        assertThat(YesNo.of(text)).isEqualTo(YesNo.YES);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "no",
                "No thanks",
                "not now",
                "nope",
                "nah",
                "not yet",
                "👎",
                "don't start it",
                "no, wait",
                "non",
                "nein danke",
                "não",
                "不要",
                "算了"
            })
    void takes_a_refusal_as_people_type_it(String text) {
        assertThat(YesNo.of(text)).isEqualTo(YesNo.NO);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "maybe later",
                "maybe",
                "",
                "   ",
                "hmm",
                "what does it cost?",
                "yes no",
                "use kaggle instead",
                "not sure"
            })
    void anything_else_is_unclear_rather_than_guessed(String text) {
        assertThat(YesNo.of(text)).isEqualTo(YesNo.UNCLEAR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe later", ""})
    void the_hint_says_what_is_expected_in_one_line_and_quotes_what_was_said(String text) {
        String hint = YesNo.hint(text);

        assertThat(hint).contains("`yes`").contains("`no`").doesNotContain("\n");
        assertThat(hint).contains(text);
    }
}
