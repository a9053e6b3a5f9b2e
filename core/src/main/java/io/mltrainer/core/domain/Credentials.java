package io.mltrainer.core.domain;

import io.mltrainer.core.domain.secrets.SecretRef;

/** The credentials a build may use, as references; each was validated during the intake that collected it. */
public record Credentials(
        SecretRef hfToken,
        SecretRef kaggleToken,
        String kaggleUsername,
        SecretRef kaggleKey,
        SecretRef modalTokenId,
        SecretRef modalTokenSecret,
        OwnerModel ownerModel) {
    public static final Credentials NONE = new Credentials(null, null, null, null, null, null, null);
}
