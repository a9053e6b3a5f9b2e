package io.mltrainer.discord;

import net.dv8tion.jda.api.interactions.callbacks.IDeferrableCallback;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.modals.Modal;

/** An interaction from the gateway, answered through JDA (its callback and its interaction hook). */
final class JdaReply implements InteractionReply {
    private final IDeferrableCallback interaction;

    JdaReply(IDeferrableCallback interaction) {
        this.interaction = interaction;
    }

    @Override
    public void reply(String text, boolean ephemeral) {
        as(IReplyCallback.class).reply(text).setEphemeral(ephemeral).queue();
    }

    @Override
    public void defer(boolean ephemeral) {
        as(IReplyCallback.class).deferReply(ephemeral).queue();
    }

    @Override
    public void deferUpdate() {
        as(IMessageEditCallback.class).deferEdit().queue();
    }

    @Override
    public void modal(Modal modal) {
        as(IModalCallback.class).replyModal(modal).queue();
    }

    @Override
    public void editOriginal(String text) {
        interaction.getHook().editOriginal(text).queue();
    }

    @Override
    public void followUp(String text, boolean ephemeral) {
        interaction.getHook().sendMessage(text).setEphemeral(ephemeral).queue();
    }

    private <T> T as(Class<T> callback) {
        if (!callback.isInstance(interaction)) {
            throw new IllegalStateException("this interaction cannot be answered with a " + callback.getSimpleName());
        }
        return callback.cast(interaction);
    }
}
