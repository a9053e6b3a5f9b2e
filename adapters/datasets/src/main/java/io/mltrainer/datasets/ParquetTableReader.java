package io.mltrainer.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.RawTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads Parquet through the runtime's Python: pandas with pyarrow or fastparquet prints the row count and the first
 * rows as JSON Lines. There is no Parquet reader for Java without Hadoop's libraries; where Python lacks an engine
 * the message says how to get one or how to convert the file.
 */
final class ParquetTableReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MISSING = 3;
    private static final String SCRIPT = String.join(
            "\n",
            "import sys, json",
            "try:",
            "    import pandas as pd",
            "    frame = pd.read_parquet(sys.argv[1])",
            "except ImportError as e:",
            "    print(str(e)); sys.exit(3)",
            "print(json.dumps({'total': len(frame)}))",
            "text = frame.head(int(sys.argv[2])).to_json(orient='records', lines=True, date_format='iso')",
            "print(text)");

    private final String python;

    ParquetTableReader(String python) {
        this.python = python;
    }

    RawTable read(Path file, String shown, int maxRows) {
        Process process;
        try {
            process = new ProcessBuilder(python, "-c", SCRIPT, file.toString(), Integer.toString(maxRows))
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw StageException.missingDependency(unavailable(shown, "there is no Python at " + python));
        }
        try {
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw StageException.badInput("Reading " + shown + " took more than two minutes; convert it to CSV.");
            }
            String text = new String(out, StandardCharsets.UTF_8);
            if (process.exitValue() == MISSING) {
                throw StageException.missingDependency(unavailable(shown, text.strip()));
            }
            if (process.exitValue() != 0) {
                throw StageException.badInput(shown + " could not be read as Parquet: " + lastLine(text));
            }
            return parse(shown, text);
        } catch (IOException e) {
            throw StageException.badInput("I could not read " + shown + ": " + e.getMessage());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw StageException.transientFailure("reading " + shown + " was interrupted", e);
        }
    }

    private static RawTable parse(String shown, String text) throws IOException {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        long total = JSON.readTree(lines.get(0)).path("total").asLong();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(JSON.readTree(line));
        }
        return JsonTableReader.table(shown, rows, total);
    }

    static String unavailable(String shown, String why) {
        return "Reading Parquet (" + shown + ") needs pandas with pyarrow or fastparquet in the training Python ("
                + why + "). Install one (pip install pyarrow) and set MLTRAINER_PYTHON to that interpreter, or"
                + " export the data as CSV or JSON Lines and give that file.";
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.isEmpty() ? "unknown error" : lines.get(lines.size() - 1);
    }
}
