package io.mltrainer.bot;

import java.util.List;

/** The chat surfaces {@code serve} knows, in start order. */
final class SurfaceStarters {
    private SurfaceStarters() {}

    static List<SurfaceStarter> all() {
        return List.of(new SlackStarter(), new DiscordStarter());
    }
}
