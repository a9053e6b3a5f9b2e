package io.mltrainer.discord;

import io.mltrainer.core.domain.ThreadKey;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/** Discord's interaction JSON (as the HTTP endpoint receives it) read into {@link Interaction}s. */
final class InteractionPayloads {
    static final int PING = 1;
    static final int APPLICATION_COMMAND = 2;
    static final int MESSAGE_COMPONENT = 3;
    static final int MODAL_SUBMIT = 5;
    /** Channel types of threads: announcement, public and private threads. */
    private static final Set<Integer> THREADS = Set.of(10, 11, 12);

    private InteractionPayloads() {}

    /** The interaction, or empty for a type mltrainer does not handle (autocomplete). */
    static Optional<Interaction> read(DataObject json) {
        String id = json.getString("id");
        String user = json.optObject("member")
                .map(m -> m.getObject("user"))
                .orElseGet(() -> json.getObject("user"))
                .getString("id");
        ThreadKey place = place(json);
        DataObject data = json.optObject("data").orElseGet(DataObject::empty);
        return switch (json.getInt("type")) {
            case APPLICATION_COMMAND ->
                Optional.of(new Interaction.SlashCommand(
                        id, user, place, data.getString("name"), option(data, "request"), dataset(data)));
            case MESSAGE_COMPONENT ->
                Optional.of(new Interaction.ButtonPress(id, user, place, data.getString("custom_id")));
            case MODAL_SUBMIT ->
                Optional.of(new Interaction.ModalSubmit(
                        id,
                        user,
                        place,
                        data.getString("custom_id"),
                        value(data.optArray("components").orElseGet(DataArray::empty))
                                .orElse("")));
            default -> Optional.empty();
        };
    }

    private static ThreadKey place(DataObject json) {
        String guild = json.getString("guild_id", null);
        DataObject channel = json.optObject("channel").orElseGet(DataObject::empty);
        String id = channel.getString("id", json.getString("channel_id", ""));
        if (guild == null) {
            return DiscordThreads.dm(id);
        }
        if (THREADS.contains(channel.getInt("type", 0))) {
            return DiscordThreads.thread(guild, channel.getString("parent_id", ""), id);
        }
        return DiscordThreads.thread(guild, id, "");
    }

    private static String option(DataObject data, String name) {
        DataArray options = data.optArray("options").orElseGet(DataArray::empty);
        for (int i = 0; i < options.length(); i++) {
            DataObject option = options.getObject(i);
            if (option.getString("name").equals(name)) {
                return option.getString("value", "");
            }
        }
        return "";
    }

    private static Optional<Interaction.Attachment> dataset(DataObject data) {
        String ref = option(data, "dataset");
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        return data.optObject("resolved")
                .flatMap(r -> r.optObject("attachments"))
                .flatMap(a -> a.optObject(ref))
                .map(a ->
                        new Interaction.Attachment(a.getString("filename"), a.getLong("size", 0), a.getString("url")));
    }

    /** The credential field's value, in a label (current modals) or an action row (older ones). */
    private static Optional<String> value(DataArray components) {
        for (int i = 0; i < components.length(); i++) {
            DataObject component = components.getObject(i);
            if (StatusMessage.INPUT.equals(component.getString("custom_id", null))) {
                return Optional.of(component.getString("value", ""));
            }
            Optional<String> inner = component
                    .optObject("component")
                    .flatMap(c -> value(DataArray.empty().add(c)))
                    .or(() -> component.optArray("components").flatMap(InteractionPayloads::value));
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }
}
