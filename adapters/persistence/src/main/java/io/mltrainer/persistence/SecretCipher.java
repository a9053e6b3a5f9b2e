package io.mltrainer.persistence;

import io.mltrainer.core.domain.secrets.SecretRef;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for secret values: a random 12-byte IV per value, and the owner, kind and id as associated data, so
 * a ciphertext copied into another row (another owner's, another kind's) fails to decrypt instead of leaking.
 * Sealed form: {@code v1:} then base64 of IV and ciphertext with its tag.
 */
final class SecretCipher {
    private static final String VERSION = "v1:";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random;

    SecretCipher(MasterKey masterKey, SecureRandom random) {
        this.key = new SecretKeySpec(masterKey.derive("mltrainer/secrets/aes-gcm/v1"), "AES");
        this.random = random;
    }

    String seal(String value, String owner, SecretRef ref) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, iv, owner, ref, value.getBytes(StandardCharsets.UTF_8));
        byte[] out = ByteBuffer.allocate(IV_BYTES + sealed.length)
                .put(iv)
                .put(sealed)
                .array();
        return VERSION + Base64.getEncoder().encodeToString(out);
    }

    String open(String sealed, String owner, SecretRef ref) {
        try {
            if (!sealed.startsWith(VERSION)) {
                throw new IllegalArgumentException("unknown ciphertext version");
            }
            ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(sealed.substring(VERSION.length())));
            byte[] iv = new byte[IV_BYTES];
            in.get(iv);
            byte[] ciphertext = new byte[in.remaining()];
            in.get(ciphertext);
            return new String(run(Cipher.DECRYPT_MODE, iv, owner, ref, ciphertext), StandardCharsets.UTF_8);
        } catch (AuthenticationFailed | IllegalArgumentException | BufferUnderflowException e) {
            throw new SecretDecryptionException(ref, e);
        }
    }

    private byte[] run(int mode, byte[] iv, String owner, SecretRef ref, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(owner, ref));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new AuthenticationFailed(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java", e);
        }
    }

    /** Each part length-prefixed, so that no two (owner, kind, id) triples give the same bytes. */
    private static byte[] associatedData(String owner, SecretRef ref) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF("mltrainer-secret");
            out.writeUTF(owner);
            out.writeUTF(ref.kind().id());
            out.writeUTF(ref.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The tag did not verify: wrong key, wrong associated data, or altered bytes. */
    private static final class AuthenticationFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AuthenticationFailed(AEADBadTagException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
