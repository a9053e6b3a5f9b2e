package io.mltrainer.bot;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * SIGTERM and SIGINT handled by {@code serve} itself instead of starting the JVM's shutdown: the replica drains with
 * everything still open (the embedded database closes itself from a shutdown hook, which would race the drain) and
 * exits with its own status (0), not 143. Uses {@code sun.misc.Signal} (module {@code jdk.unsupported}) by
 * reflection; where it is missing, the JVM's shutdown hooks stop the process as before.
 */
final class StopSignals implements AutoCloseable {
    private static final List<String> SIGNALS = List.of("TERM", "INT");

    private final List<Object[]> previous = new ArrayList<>();

    private StopSignals() {}

    /** From now until {@link #close()}, SIGTERM and SIGINT run {@code onStop} (on a thread of the JVM's). */
    static StopSignals handle(Runnable onStop) {
        StopSignals signals = new StopSignals();
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
            Method handle = signal.getMethod("handle", signal, handlerType);
            Object handler = Proxy.newProxyInstance(
                    handlerType.getClassLoader(), new Class<?>[] {handlerType}, new Handler(onStop));
            for (String name : SIGNALS) {
                Object which = signal.getConstructor(String.class).newInstance(name);
                signals.previous.add(new Object[] {which, handle.invoke(null, which, handler)});
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // not on this JVM: the shutdown hook stops serve instead
        }
        return signals;
    }

    /** Gives the signals back to the handlers they had. */
    @Override
    public void close() {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
            Method handle = signal.getMethod("handle", signal, handlerType);
            for (Object[] pair : previous) {
                handle.invoke(null, pair[0], pair[1]);
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // the process ends anyway
        }
    }

    private record Handler(Runnable onStop) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            return switch (method.getName()) {
                case "handle" -> {
                    onStop.run();
                    yield null;
                }
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> "mltrainer stop signal handler";
            };
        }
    }
}
