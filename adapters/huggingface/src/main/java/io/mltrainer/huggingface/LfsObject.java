package io.mltrainer.huggingface;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A file's contents stored through Git LFS, known to the Hub by its SHA-256 ({@code oid}). */
record LfsObject(String path, String oid, byte[] bytes) {
    static LfsObject of(String path, byte[] bytes) {
        try {
            return new LfsObject(
                    path,
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    long size() {
        return bytes.length;
    }

    /** The {@code lfsFile} value of the commit. */
    ObjectNode pointer() {
        return JsonNodeFactory.instance
                .objectNode()
                .put("path", path)
                .put("algo", "sha256")
                .put("oid", oid)
                .put("size", size());
    }

    /** {@code {oid, size}}: how the batch, verify and completion requests name the object. */
    ObjectNode id() {
        return JsonNodeFactory.instance.objectNode().put("oid", oid).put("size", size());
    }
}
