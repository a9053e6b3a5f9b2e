package io.mltrainer.bot;

import com.sun.net.httpserver.HttpServer;
import io.mltrainer.core.chat.ChatBackend;
import java.util.Map;
import java.util.Optional;

/**
 * Starts one chat surface for {@code serve}: empty when its variables are not set; throws
 * {@link IllegalArgumentException} with a message for a person when they are set but wrong (a rejected token).
 */
interface SurfaceStarter {
    Optional<RunningSurface> start(Map<String, String> env, ChatBackend backend, HttpServer http);

    /** A started surface; {@code close} stops taking new work and finishes what it acknowledged. */
    interface RunningSurface extends AutoCloseable {
        String name();

        @Override
        void close();

        static RunningSurface of(String name, Runnable close) {
            return new RunningSurface() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public void close() {
                    close.run();
                }
            };
        }
    }
}
