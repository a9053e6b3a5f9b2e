package io.mltrainer.bot;

import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.port.out.JobIds;
import java.security.SecureRandom;

/** Short ids people can type: eight lower-case letters and digits, starting with a letter. */
final class RandomJobIds implements JobIds {
    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyz";
    private static final String CHARS = LETTERS + "23456789";
    private final SecureRandom random = new SecureRandom();

    @Override
    public JobId next() {
        StringBuilder id = new StringBuilder();
        id.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        for (int i = 1; i < 8; i++) {
            id.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        return new JobId(id.toString());
    }
}
