package io.mltrainer.core.domain;

/** Users are owners across platforms, so the same id on Slack and Discord are two people. */
public final class Owners {
    private Owners() {}

    public static String of(String platform, String user) {
        // The terminal's user is the local owner of command-line builds (MLTRAINER_OWNER): one owner for both.
        return ThreadKey.terminal(user).platform().equals(platform) ? user : platform + ":" + user;
    }

    /** The platform's own user id inside an owner string ({@code U123} of {@code slack:U123}). */
    public static String user(String owner) {
        int colon = owner.indexOf(':');
        return colon < 0 ? owner : owner.substring(colon + 1);
    }
}
