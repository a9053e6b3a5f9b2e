package io.mltrainer.persistence;

import io.mltrainer.core.domain.secrets.SecretKind;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Finds a stored value again without decrypting: a keyed hash (HMAC-SHA256, key derived from the master key) of
 * owner, kind and value. Keyed, because a plain hash of a 32-hex Kaggle key or a short password could be reversed
 * by anyone holding the database.
 */
final class SecretFingerprint {
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    SecretFingerprint(MasterKey masterKey) {
        this.key = new SecretKeySpec(masterKey.derive("mltrainer/secrets/fingerprint/v1"), HMAC);
    }

    /** 64 hex digits. */
    String of(String owner, SecretKind kind, String value) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            for (String part : new String[] {owner, kind.id(), value}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                mac.update(
                        ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
                mac.update(bytes);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no " + HMAC, e);
        }
    }
}
