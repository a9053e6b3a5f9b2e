package io.mltrainer.discord;

import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.out.BuildCard;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;

/** Builds as Discord messages: the status message with its buttons, the credentials button and modal. */
final class StatusMessage {
    static final String PREFIX = "mltrainer:";
    static final String CREDENTIALS = PREFIX + "credentials:";
    static final String MODAL = "mltrainer_credentials:";
    static final String INPUT = "credential";
    static final int LIMIT = 2000;

    private StatusMessage() {}

    static String text(BuildCard card) {
        List<String> lines = card.lines();
        StringBuilder out = new StringBuilder("**").append(lines.get(0)).append("**\n");
        lines.stream().skip(1).forEach(l -> out.append(l).append('\n'));
        return limit(out.toString());
    }

    static ActionRow buttons(BuildCard card) {
        String job = card.job().value();
        List<Button> buttons = new ArrayList<>();
        buttons.add(Button.secondary(PREFIX + "status:" + job, "Status"));
        if (card.status().isActive()) {
            buttons.add(Button.danger(PREFIX + "cancel:" + job, "Cancel"));
        } else if (card.status() != JobStatus.SUCCEEDED) {
            buttons.add(Button.primary(PREFIX + "resume:" + job, "Resume"));
        }
        return ActionRow.of(buttons);
    }

    static ActionRow credentialsButton(ThreadKey thread) {
        return ActionRow.of(Button.primary(CREDENTIALS + DiscordThreads.encode(thread), "Enter credentials"));
    }

    static Modal credentialsModal(ThreadKey thread) {
        return Modal.create(MODAL + DiscordThreads.encode(thread), "mltrainer credentials")
                .addComponents(Label.of(
                        "The token or key the thread asked for",
                        TextInput.create(INPUT, TextInputStyle.SHORT)
                                .setRequired(true)
                                .build()))
                .build();
    }

    /** Discord's message length limit. */
    static String limit(String text) {
        return text.length() <= LIMIT ? text : text.substring(0, LIMIT - 1) + "…";
    }
}
