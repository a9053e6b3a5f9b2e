package io.mltrainer.core.port.out.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void reads_delay_seconds() {
        assertThat(RetryAfter.parse("7", CLOCK)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse(" 30 ", CLOCK)).contains(Duration.ofSeconds(30));
    }

    @Test
    void reads_fractional_seconds_as_providers_send_them() {
        assertThat(RetryAfter.parse("1.5", CLOCK)).contains(Duration.ofMillis(1500));
    }

    @Test
    void reads_an_http_date_as_the_time_until_it() {
        assertThat(RetryAfter.parse("Sat, 28 Nov 2026 10:00:30 GMT", CLOCK)).contains(Duration.ofSeconds(30));
    }

    @Test
    void a_date_in_the_past_is_no_wait() {
        assertThat(RetryAfter.parse("Sat, 28 Nov 2026 09:59:00 GMT", CLOCK)).contains(Duration.ZERO);
    }

    @Test
    void garbage_and_absence_are_no_answer() {
        assertThat(RetryAfter.parse("soon", CLOCK)).isEmpty();
        assertThat(RetryAfter.parse("1.2.3", CLOCK)).isEmpty();
        assertThat(RetryAfter.parse("", CLOCK)).isEmpty();
        assertThat(RetryAfter.parse(null, CLOCK)).isEmpty();
    }

    @Test
    void a_negative_number_is_no_answer() {
        assertThat(RetryAfter.parse("-5", CLOCK)).isEmpty();
    }

    @Test
    void a_huge_wait_is_capped_without_overflowing() {
        assertThat(RetryAfter.parse("99999999999999999999999", CLOCK)).contains(RetryAfter.LONGEST);
        assertThat(RetryAfter.parse("86400", CLOCK)).contains(RetryAfter.LONGEST);
        assertThat(RetryAfter.parse("Fri, 01 Jan 2100 00:00:00 GMT", CLOCK)).contains(RetryAfter.LONGEST);
    }
}
