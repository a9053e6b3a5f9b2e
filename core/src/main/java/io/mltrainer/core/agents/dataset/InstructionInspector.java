package io.mltrainer.core.agents.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.ColumnRoles;
import io.mltrainer.core.domain.DataDetails;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.LengthStats;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.DatasetSample;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Instruction data for LLM fine-tuning: chat {@code messages} ({@code [{role, content}]}, ShareGPT's
 * {@code [{from, value}]} too) where every example has a user and an assistant turn, or prompt and response columns
 * (Alpaca's instruction/input/output among them).
 */
final class InstructionInspector implements Inspector {
    static final List<String> CHAT_NAMES = List.of("messages", "conversations", "conversation", "chat", "dialog");
    static final List<String> PROMPT_NAMES = List.of("prompt", "instruction", "question", "query", "input", "text");
    static final List<String> RESPONSE_NAMES = List.of("response", "output", "completion", "answer", "chosen");

    @Override
    public DataReport inspect(DatasetSample sample, List<ColumnProfile> columns, ParsedIntent intent) {
        List<String> chats = Samples.arrayColumns(sample).stream()
                .filter(c -> Samples.present(sample.column(c)).stream().allMatch(InstructionInspector::chatCell))
                .toList();
        if (!chats.isEmpty() || CHAT_NAMES.contains(lower(intent.dataset().textColumn()))) {
            return chat(sample, columns, intent, chats);
        }
        return promptResponse(sample, columns, intent);
    }

    private DataReport chat(
            DatasetSample sample, List<ColumnProfile> columns, ParsedIntent intent, List<String> chats) {
        List<String> header = sample.table().header();
        String column = ColumnChoice.pick(
                QuestionSlot.MESSAGES,
                "the conversations",
                intent.dataset().textColumn(),
                intent.description(),
                header,
                chats,
                CHAT_NAMES);
        Map<String, Long> roles = new LinkedHashMap<>();
        List<Integer> words = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        long incomplete = 0;
        long turns = 0;
        List<String> cells = Samples.present(sample.column(column));
        for (String cell : cells) {
            JsonNode messages = Cells.json(cell).orElseThrow();
            boolean user = false;
            boolean assistant = false;
            int length = 0;
            for (JsonNode m : messages) {
                String role = role(m);
                String content = m.has("content")
                        ? m.path("content").asText("")
                        : m.path("value").asText("");
                roles.merge(role, 1L, Long::sum);
                user |= role.equals("user");
                assistant |= role.equals("assistant");
                length += Cells.words(content);
                texts.add(content);
                turns++;
            }
            words.add(length);
            if (!user || !assistant) {
                incomplete++;
            }
        }
        Samples.checkEnough(cells.size(), "conversations");
        if (incomplete > cells.size() / 10) {
            throw StageException.badInput(incomplete + " of " + cells.size() + " conversations in `" + column
                    + "` lack a user or an assistant turn. Each example needs at least one of each, as"
                    + " [{\"role\": \"user\", \"content\": …}, {\"role\": \"assistant\", \"content\": …}].");
        }
        List<String> notes = Samples.notes(sample);
        if (incomplete > 0) {
            notes.add(incomplete + " conversations without both a user and an assistant turn are left out");
        }
        var details = new DataDetails.Instructions(
                "chat",
                LengthStats.of(words),
                Samples.sorted(roles),
                Math.round(10.0 * turns / cells.size()) / 10.0,
                LanguageGuess.of(texts));
        return Samples.report(
                sample,
                columns,
                null,
                Map.of(),
                notes,
                new ColumnRoles(null, column, null, null, null, null, null),
                details);
    }

    private DataReport promptResponse(DatasetSample sample, List<ColumnProfile> columns, ParsedIntent intent) {
        List<String> header = sample.table().header();
        List<String> texts = Samples.textColumns(sample);
        String given = intent.dataset().target() != null
                ? intent.dataset().target()
                : intent.dataset().labelColumn();
        List<String> responses =
                ColumnChoice.conventional(texts, RESPONSE_NAMES).map(List::of).orElse(List.of());
        if (given == null && responses.isEmpty()) {
            throw StageException.badInput("LLM fine-tuning needs conversations (a `messages` column of [{\"role\","
                    + " \"content\"}] lists) or a prompt and a response column. The columns are: "
                    + String.join(", ", header) + "; name the response column in the request.");
        }
        String response = ColumnChoice.pick(
                QuestionSlot.RESPONSE, "the response", given, intent.description(), header, responses, RESPONSE_NAMES);
        String prompt = ColumnChoice.pick(
                QuestionSlot.PROMPT,
                "the prompt",
                intent.dataset().textColumn(),
                intent.description(),
                header,
                ColumnChoice.conventional(
                                texts.stream().filter(c -> !c.equals(response)).toList(), PROMPT_NAMES)
                        .map(List::of)
                        .orElse(texts.stream().filter(c -> !c.equals(response)).toList()),
                PROMPT_NAMES);
        List<String> prompts = sample.column(prompt);
        List<String> answers = sample.column(response);
        Samples.checkEnough(SummarizationInspector.pairs(prompts, answers), "prompts with a response");
        List<Integer> words = new ArrayList<>();
        for (int i = 0; i < prompts.size(); i++) {
            words.add(Cells.words(prompts.get(i)) + Cells.words(i < answers.size() ? answers.get(i) : ""));
        }
        List<String> notes = Samples.notes(sample);
        if (header.contains("input") && !prompt.equals("input") && !response.equals("input")) {
            notes.add("`input` is appended to `" + prompt + "` where present (Alpaca layout)");
        }
        var details = new DataDetails.Instructions(
                "prompt_response",
                LengthStats.of(words),
                Map.of("user", (long) prompts.size(), "assistant", (long) answers.size()),
                2.0,
                LanguageGuess.of(Samples.present(prompts)));
        return Samples.report(
                sample,
                columns,
                response,
                Map.of(),
                notes,
                new ColumnRoles(response, prompt, null, null, null, null, null),
                details);
    }

    static boolean chatCell(String cell) {
        return Cells.json(cell)
                .map(j -> j.isArray()
                        && j.size() > 0
                        && (j.path(0).has("role") || j.path(0).has("from")))
                .orElse(false);
    }

    /** ShareGPT's human/gpt become user/assistant. */
    static String role(JsonNode message) {
        String role = lower(
                message.has("role")
                        ? message.path("role").asText()
                        : message.path("from").asText());
        return switch (role) {
            case "human" -> "user";
            case "gpt", "bot", "model" -> "assistant";
            default -> role;
        };
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
