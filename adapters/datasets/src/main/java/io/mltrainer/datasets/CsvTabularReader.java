package io.mltrainer.datasets;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.mltrainer.core.pipeline.StageException;
import io.mltrainer.core.port.RawTable;
import io.mltrainer.core.port.TabularReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads CSV and TSV files with Jackson's CSV parser. Every way a file can be wrong becomes a bad-input failure
 * that names the file and the problem: missing, a folder, empty, binary, JSON, no rows, ragged rows.
 */
public final class CsvTabularReader implements TabularReader {
    private static final int SNIFF_BYTES = 64 * 1024;

    private final Path baseDirectory;

    public CsvTabularReader(Path baseDirectory) {
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    }

    @Override
    public String resolve(String location) {
        String expanded = location.trim();
        if (expanded.equals("~") || expanded.startsWith("~/")) {
            expanded = System.getProperty("user.home") + expanded.substring(1);
        }
        return baseDirectory.resolve(expanded).toAbsolutePath().normalize().toString();
    }

    @Override
    public RawTable read(String location, int maxRows) {
        Path file = Path.of(resolve(location));
        String shown = location;
        if (!Files.exists(file)) {
            throw StageException.badInput("The data file " + shown + " does not exist. Check the path (relative paths"
                    + " start from " + baseDirectory + ").");
        }
        if (Files.isDirectory(file)) {
            throw StageException.badInput(shown + " is a folder; give the CSV file inside it.");
        }
        if (!Files.isReadable(file)) {
            throw StageException.badInput("I may not read " + shown + ": check its permissions.");
        }
        byte[] head = head(file);
        if (head.length == 0 || new String(head, StandardCharsets.UTF_8).isBlank()) {
            throw StageException.badInput(shown + " is empty: there is nothing to learn from.");
        }
        checkText(shown, head);
        char separator = separator(file, head);
        return parse(file, shown, separator, maxRows);
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw StageException.badInput("I could not read " + file + ": " + e.getMessage());
        }
    }

    private static void checkText(String shown, byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                throw StageException.badInput(shown + " is not a CSV file: it holds binary data. Export the table as"
                        + " CSV (comma-separated text) first.");
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, utf8Boundary(head)));
        } catch (CharacterCodingException e) {
            throw StageException.badInput(shown + " is not UTF-8 text. Save it as a UTF-8 CSV file.");
        }
        String start = new String(head, StandardCharsets.UTF_8).stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            throw StageException.badInput(shown + " looks like JSON, not CSV. Give a CSV file with a header row.");
        }
        if (start.regionMatches(true, 0, "<!doctype", 0, 9) || start.regionMatches(true, 0, "<html", 0, 5)) {
            throw StageException.badInput(shown + " is an HTML page, not CSV.");
        }
    }

    /** The sniffed bytes may end inside a multi-byte character: decode up to the last complete one. */
    private static int utf8Boundary(byte[] head) {
        int end = head.length;
        int back = 0;
        while (end > 0 && back < 4 && (head[end - 1] & 0xC0) == 0x80) {
            end--;
            back++;
        }
        if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
            end--;
        }
        return end;
    }

    private static char separator(Path file, byte[] head) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tsv")) {
            return '\t';
        }
        String text = new String(head, StandardCharsets.UTF_8);
        String firstLine = text.lines().findFirst().orElse("");
        char best = ',';
        long bestCount = firstLine.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t', '|'}) {
            long count = firstLine.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static RawTable parse(Path file, String shown, char separator, int maxRows) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        try (MappingIterator<String[]> lines =
                mapper.readerFor(String[].class).with(schema).readValues(file.toFile())) {
            List<String> header = header(shown, lines);
            List<List<String>> rows = new ArrayList<>();
            long total = 0;
            while (lines.hasNextValue()) {
                String[] line = lines.nextValue();
                if (line.length == 1 && line[0].isBlank()) {
                    continue;
                }
                total++;
                if (line.length > header.size()) {
                    throw StageException.badInput(shown + ": data row " + total + " has " + line.length
                            + " fields but the header has " + header.size() + ". Check the separator and quoting.");
                }
                if (rows.size() < maxRows) {
                    List<String> row = new ArrayList<>(Arrays.asList(line));
                    while (row.size() < header.size()) {
                        row.add("");
                    }
                    rows.add(row);
                }
            }
            if (total == 0) {
                throw StageException.badInput(shown + " has a header but no data rows.");
            }
            return new RawTable(header, rows, total);
        } catch (IOException | RuntimeJsonMappingException e) {
            throw StageException.badInput(shown + " could not be parsed as CSV: " + firstLine(e.getMessage()));
        }
    }

    private static List<String> header(String shown, MappingIterator<String[]> lines) throws IOException {
        if (!lines.hasNextValue()) {
            throw StageException.badInput(shown + " is empty: there is nothing to learn from.");
        }
        String[] raw = lines.nextValue();
        List<String> header = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < raw.length; i++) {
            String name = i == 0 ? raw[i].replace("\uFEFF", "").trim() : raw[i].trim();
            if (name.isEmpty()) {
                name = "column_" + (i + 1);
            }
            if (!seen.add(name)) {
                throw StageException.badInput(shown + ": the header names the column '" + name + "' twice. Give"
                        + " each column its own name.");
            }
            header.add(name);
        }
        if (header.size() < 2) {
            throw StageException.badInput(shown + " has a single column ('" + header.get(0) + "'). Is it really a"
                    + " comma-separated file with a header row?");
        }
        return header;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
