package io.mltrainer.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.out.BuildCard;
import java.util.ArrayList;
import java.util.List;

/** Builds as Slack Block Kit: the status card with its buttons, the credentials button and modal. */
final class BlockKit {
    static final String STATUS = "mltrainer_status";
    static final String CANCEL = "mltrainer_cancel";
    static final String RESUME = "mltrainer_resume";
    static final String CREDENTIALS = "mltrainer_credentials";
    static final String CREDENTIALS_VIEW = "mltrainer_credentials_view";
    static final String CREDENTIAL_BLOCK = "credential";
    static final String CREDENTIAL_INPUT = "value";
    private static final int SECTION_LIMIT = 2900;

    private BlockKit() {}

    /** The card's first line, for notifications and clients that show no blocks. */
    static String fallback(BuildCard card) {
        return card.lines().get(0);
    }

    static List<LayoutBlock> card(BuildCard card) {
        List<LayoutBlock> blocks = new ArrayList<>();
        List<String> lines = card.lines();
        blocks.add(section(s -> s.text(markdownText("*" + escape(lines.get(0)) + "*"))));
        StringBuilder stages = new StringBuilder();
        card.stages().forEach(l -> stages.append(escape(l.text())).append('\n'));
        if (card.retry() != null) {
            stages.append("↻ ").append(escape(card.retry())).append('\n');
        }
        if (card.progress() != null) {
            stages.append("· ").append(escape(card.progress())).append('\n');
        }
        blocks.add(section(s -> s.text(markdownText(limit(stages.toString())))));
        if (!card.links().isEmpty()) {
            blocks.add(context(c -> c.elements(List.of(markdownText(escape(String.join("  ·  ", card.links())))))));
        }
        String job = card.job().value();
        List<BlockElement> buttons = new ArrayList<>();
        buttons.add(button(b -> b.actionId(STATUS).value(job).text(plainText("Status"))));
        if (card.status().isActive()) {
            buttons.add(
                    button(b -> b.actionId(CANCEL).value(job).style("danger").text(plainText("Cancel"))));
        } else if (card.status() != io.mltrainer.core.domain.JobStatus.SUCCEEDED) {
            buttons.add(
                    button(b -> b.actionId(RESUME).value(job).style("primary").text(plainText("Resume"))));
        }
        blocks.add(actions(a -> a.blockId("mltrainer_card_" + job).elements(buttons)));
        return blocks;
    }

    /** A note in the build's thread with a button that opens the credentials modal. */
    static List<LayoutBlock> credentialsButton(ThreadKey thread, String text) {
        return List.of(
                section(s -> s.text(markdownText(text))),
                actions(a -> a.elements(List.of(button(b -> b.actionId(CREDENTIALS)
                        .value(Threads.encode(thread))
                        .style("primary")
                        .text(plainText("Enter credentials")))))));
    }

    /** The modal that takes a credential privately; the thread travels in its private metadata. */
    static View credentialsModal(ThreadKey thread, String prompt) {
        return View.builder()
                .type("modal")
                .callbackId(CREDENTIALS_VIEW)
                .privateMetadata(Threads.encode(thread))
                .title(ViewTitle.builder()
                        .type("plain_text")
                        .text("mltrainer credentials")
                        .build())
                .submit(ViewSubmit.builder().type("plain_text").text("Send").build())
                .close(ViewClose.builder().type("plain_text").text("Cancel").build())
                .blocks(List.of(input(i -> i.blockId(CREDENTIAL_BLOCK)
                        .label(plainText(prompt.length() > 150 ? prompt.substring(0, 147) + "…" : prompt))
                        .element(plainTextInput(p -> p.actionId(CREDENTIAL_INPUT))))))
                .build();
    }

    /** Slack's three control characters in text. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String limit(String text) {
        return text.length() <= SECTION_LIMIT ? text : text.substring(0, SECTION_LIMIT - 1) + "…";
    }
}
