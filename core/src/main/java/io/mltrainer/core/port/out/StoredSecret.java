package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.secrets.SecretRef;
import java.time.Instant;

/** A secret as its owner may see it listed: the reference and a masked hint ({@code hf_…9c2f}), never the value. */
public record StoredSecret(SecretRef ref, String masked, Instant createdAt) {}
