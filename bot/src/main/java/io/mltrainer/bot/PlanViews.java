package io.mltrainer.bot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mltrainer.core.agents.dataset.DataReports;
import io.mltrainer.core.agents.plan.PlanReports;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.JobStatus;
import java.util.List;

/**
 * What {@code plan --json} prints: {@code task_type}, {@code data_report} (its readable {@code summary} lines and
 * the report's fields), {@code plan} ({@code preprocess}, {@code config}, {@code architecture}, and the plan's
 * {@code summary} lines) and {@code estimate}; {@code error} when planning failed. Keys are lower snake case.
 */
final class PlanViews {
    private static final ObjectMapper SNAKE = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setDefaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS));

    private PlanViews() {}

    static ObjectNode plan(Job job) {
        ObjectNode node = JsonViews.summary(job);
        JobContext context = job.context();
        if (context.dataReport() != null) {
            ObjectNode report = (ObjectNode) SNAKE.valueToTree(context.dataReport());
            report.set("summary", lines(DataReports.render(context.dataReport())));
            node.set("data_report", report);
        } else {
            node.putNull("data_report");
        }
        ObjectNode plan = node.putObject("plan");
        plan.set("preprocess", tree(context.preprocess()));
        plan.set("config", tree(context.config()));
        JsonNode architecture = tree(context.architecture());
        if (architecture instanceof ObjectNode a) {
            a.remove("estimate");
        }
        plan.set("architecture", architecture);
        plan.set("summary", lines(PlanReports.render(context)));
        node.set(
                "estimate",
                context.architecture() == null || context.architecture().estimate() == null
                        ? null
                        : tree(context.architecture().estimate()));
        if (job.status() == JobStatus.FAILED && context.failure() != null) {
            node.put("error", context.failure().reason());
            node.put("failed_stage", context.failure().stage().id());
            if (context.failure().question() != null) {
                node.set("candidates", lines(context.failure().question().options()));
            }
        }
        return node;
    }

    private static JsonNode tree(Object value) {
        return value == null ? SNAKE.nullNode() : SNAKE.valueToTree(value);
    }

    private static ArrayNode lines(List<String> lines) {
        ArrayNode array = SNAKE.createArrayNode();
        lines.forEach(array::add);
        return array;
    }
}
