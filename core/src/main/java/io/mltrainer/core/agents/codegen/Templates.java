package io.mltrainer.core.agents.codegen;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logic-less templates from the classpath ({@code templates/NAME.mustache}), with partials by the same naming. HTML
 * escaping is off: the values are code literals prepared by the caller. Rendering is strict: a section or a variable
 * whose key the model lacks fails instead of reading as false or empty (a misspelt key is an error, not a silently
 * different script); {@code TemplateKeysTest} checks every key of every template against the models.
 */
public final class Templates {
    private static final String ROOT = "io/mltrainer/core/agents/codegen/templates/";

    private final Mustache.Compiler compiler;
    private final Map<String, Template> cache = new ConcurrentHashMap<>();

    public Templates() {
        this.compiler = Mustache.compiler()
                .escapeHTML(false)
                .strictSections(true)
                .withLoader(name -> new StringReader(source(name)));
    }

    public String render(String name, Object model) {
        return cache.computeIfAbsent(name, n -> compiler.compile(source(n))).execute(model);
    }

    /** The text of a template or partial, for tools that read its tags. */
    public static String source(String name) {
        String path = ROOT + name + ".mustache";
        InputStream in = Templates.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalArgumentException("no template " + path);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) > 0; ) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
