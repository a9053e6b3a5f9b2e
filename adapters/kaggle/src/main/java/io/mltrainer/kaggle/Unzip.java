package io.mltrainer.kaggle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.zip.ZipInputStream;

/** The start of a zip's first entry, from the start of the archive only (a truncated download is fine). */
final class Unzip {
    private Unzip() {}

    static byte[] firstEntry(byte[] zip, int maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            if (in.getNextEntry() == null) {
                return new byte[0];
            }
            byte[] buffer = new byte[64 * 1024];
            for (int n; out.size() < maxBytes && (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
            }
        } catch (EOFException e) {
            // The archive was cut at the sample size: what was inflated so far is the sample.
        } catch (IOException e) {
            // A damaged tail reads as the end of the sample, for the same reason.
        }
        return out.toByteArray();
    }
}
