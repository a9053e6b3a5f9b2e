package io.mltrainer.persistence;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that protects stored secrets: given as base64 of 32 bytes ({@code MLTRAINER_MASTER_KEY}, read by the
 * caller), else kept in {@code <home>/master.key}, generated on first use and readable only by its owner. Losing
 * it loses every stored secret; changing it makes them unreadable.
 */
public final class MasterKey {
    static final int BYTES = 32;
    private static final String HMAC = "HmacSHA256";

    private final byte[] key;

    private MasterKey(byte[] key) {
        if (key.length != BYTES) {
            throw new IllegalArgumentException("a master key is " + BYTES + " bytes, not " + key.length);
        }
        this.key = key.clone();
    }

    /** The configured key when {@code configuredBase64} is set, else the key file under {@code home}. */
    public static MasterKey resolve(String configuredBase64, Path home) {
        return configuredBase64 == null || configuredBase64.isBlank() ? fromFile(home) : fromBase64(configuredBase64);
    }

    /** A key given as base64 of 32 bytes; the message of a refusal never repeats the value. */
    public static MasterKey fromBase64(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "the master key is not base64; generate one with: head -c 32 /dev/urandom | base64");
        }
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("the master key must be base64 of " + BYTES + " bytes, not "
                    + bytes.length + "; generate one with: head -c 32 /dev/urandom | base64");
        }
        return new MasterKey(bytes);
    }

    /** The key in {@code <home>/master.key}, created with owner-only permissions if there is none yet. */
    public static MasterKey fromFile(Path home) {
        return fromBase64(new MasterKeyFile(home).readOrCreate(() -> generate(new SecureRandom())));
    }

    /** A new random key. */
    public static String generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * A key for one purpose only (encryption, fingerprints), so that no two uses share key material: an HMAC of the
     * purpose's name under the master key, as in HKDF's expand step.
     */
    byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no " + HMAC, e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MasterKey that && Arrays.equals(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "MasterKey[redacted]";
    }
}
