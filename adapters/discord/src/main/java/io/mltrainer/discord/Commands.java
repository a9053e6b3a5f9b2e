package io.mltrainer.discord;

import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;

/** The slash commands the bot registers. */
final class Commands {
    static final String HELP = "Describe the model you want: `/train request:classify spam SMS, dataset sms_spam on"
            + " Hugging Face` (attach a CSV as `dataset`), or mention me. In a build's thread: `status`, `logs`,"
            + " `cancel`, `resume`, `fork <changes>`, `help`; `/credentials` sends a token privately.";

    private Commands() {}

    static List<CommandData> all() {
        return List.of(
                net.dv8tion.jda.api.interactions.commands.build.Commands.slash("train", "Build a model from a request")
                        .addOption(OptionType.STRING, "request", "What to build, in plain words", true)
                        .addOption(
                                OptionType.ATTACHMENT,
                                "dataset",
                                "The data (CSV, TSV, JSON, JSONL, Parquet, zip)",
                                false),
                slash("status", "The status of this thread's build"),
                slash("resume", "Resume this thread's build"),
                slash("cancel", "Cancel this thread's build"),
                slash("builds", "The builds of this channel"),
                slash("credentials", "Send a token or key privately"),
                slash("help", "How to use mltrainer"));
    }

    private static CommandData slash(String name, String description) {
        return net.dv8tion.jda.api.interactions.commands.build.Commands.slash(name, description);
    }
}
