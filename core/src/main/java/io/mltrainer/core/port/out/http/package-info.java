/**
 * What every adapter that speaks HTTP shares, in plain Java: one classifier of failing statuses and one reader of
 * {@code Retry-After}. Adapters word the message for their service and let Resilience4j retry.
 */
package io.mltrainer.core.port.out.http;
