package io.mltrainer.discord;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Discord's signature on an HTTP interaction: Ed25519 over {@code X-Signature-Timestamp + raw body} with the
 * application's public key ({@code DISCORD_PUBLIC_KEY}, 32 bytes in hex). The JDK's verify compares in constant
 * time. A timestamp more than {@link #TOLERANCE} away from now is refused too, so a captured request cannot be
 * replayed later.
 */
final class InteractionSignature {
    static final Duration TOLERANCE = Duration.ofMinutes(5);
    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final PublicKey key;
    private final Clock clock;

    /** @throws IllegalArgumentException when {@code publicKeyHex} is not 32 bytes of hex (the message says so) */
    InteractionSignature(String publicKeyHex, Clock clock) {
        this.key = publicKey(publicKeyHex);
        this.clock = clock;
    }

    static PublicKey publicKey(String hex) {
        byte[] raw;
        try {
            raw = HexFormat.of().parseHex(hex.strip());
        } catch (IllegalArgumentException e) {
            raw = new byte[0];
        }
        if (raw.length != 32) {
            throw new IllegalArgumentException("DISCORD_PUBLIC_KEY must be the application's public key, 64 hex"
                    + " characters (Developer Portal → General Information → Public Key).");
        }
        byte[] der = new byte[X509_PREFIX.length + raw.length];
        System.arraycopy(X509_PREFIX, 0, der, 0, X509_PREFIX.length);
        System.arraycopy(raw, 0, der, X509_PREFIX.length, raw.length);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("DISCORD_PUBLIC_KEY is not an Ed25519 public key", e);
        }
    }

    /** Whether Discord signed {@code body} at {@code timestamp}; false for anything missing or malformed. */
    boolean verify(String signatureHex, String timestamp, byte[] body) {
        if (signatureHex == null || timestamp == null || !fresh(timestamp)) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(timestamp.getBytes(StandardCharsets.UTF_8));
            verifier.update(body);
            return verifier.verify(HexFormat.of().parseHex(signatureHex.strip()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private boolean fresh(String timestamp) {
        try {
            Instant signed = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
            return Duration.between(signed, clock.instant()).abs().compareTo(TOLERANCE) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
