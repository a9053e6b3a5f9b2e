package io.mltrainer.datasets;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.RawTable;
import io.mltrainer.core.port.out.TabularReader;
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
    /** A separator no text holds: a file of one column is read line by line, quotes still honoured. */
    private static final char ONE_COLUMN = '\u0001';
    /** The name given to the one column of a file of texts without a header row. */
    static final String TEXT_COLUMN = "text";
    /** A first line that is a column's name rather than a text: a few words, no sentence punctuation. */
    private static final java.util.regex.Pattern COLUMN_NAME =
            java.util.regex.Pattern.compile("[\\p{L}\\p{N}_ .-]{1,40}");

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

    /**
     * The separator the first line uses; {@link #ONE_COLUMN} when it has none (a list of texts, one per line) and
     * for {@code .txt} files, whose lines are texts whatever punctuation they hold.
     */
    private static char separator(Path file, byte[] head) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tsv")) {
            return '\t';
        }
        if (name.endsWith(".txt")) {
            return ONE_COLUMN;
        }
        String text = new String(head, StandardCharsets.UTF_8);
        // Separators inside quotes are text: a quoted sentence with commas is one cell.
        String firstLine = text.lines().findFirst().orElse("").replaceAll("\"(?:[^\"]|\"\")*\"", "");
        char best = ONE_COLUMN;
        long bestCount = 0;
        for (char candidate : new char[] {',', ';', '\t', '|'}) {
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
            List<List<String>> rows = new ArrayList<>();
            List<String> header;
            long total = 0;
            if (separator == ONE_COLUMN) {
                String[] first = lines.hasNextValue() ? lines.nextValue() : new String[] {""};
                String cell =
                        first.length == 0 ? "" : first[0].replace("\uFEFF", "").trim();
                if (isColumnName(file, cell)) {
                    header = List.of(cell);
                } else {
                    header = List.of(TEXT_COLUMN);
                    total++;
                    rows.add(List.of(cell));
                }
            } else {
                header = header(shown, lines);
            }
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
        return header;
    }

    /** A one-column file has a header when its first line names a column; a {@code .txt} file never has one. */
    private static boolean isColumnName(Path file, String cell) {
        return !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")
                && COLUMN_NAME.matcher(cell).matches()
                && cell.split(" ").length <= 3;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
