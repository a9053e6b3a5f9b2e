package io.mltrainer.bot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A loopback Discord for the real JDA client: {@link FakeDiscordRest} (the API and a CDN) and
 * {@link FakeDiscordGateway} (the WebSocket), plus what users do there (slash commands, messages, mentions, button
 * presses, modal submissions) as the gateway delivers it.
 */
final class FakeDiscord implements AutoCloseable {
    static final String TOKEN = "MTEyMjMzNDQ1NTY2Nzc4ODk5.GfAk3d.FakeDiscordBotTokenForTestsOnly_xyz";
    static final String BOT = DiscordPayloads.BOT;
    static final String GUILD = DiscordPayloads.GUILD;
    static final String CHANNEL = DiscordPayloads.CHANNEL;

    private final FakeDiscordRest rest = new FakeDiscordRest(TOKEN);
    private final FakeDiscordGateway gateway;

    /** {@code messageContentAllowed}: whether the application may use the privileged Message Content intent. */
    FakeDiscord(boolean messageContentAllowed) {
        gateway = new FakeDiscordGateway(messageContentAllowed);
        // Discord tells the gateway about a thread the bot created over REST
        rest.onThreadCreated(thread -> gateway.dispatch(
                "THREAD_CREATE", thread.substring(0, thread.length() - 1) + ",\"newly_created\":true}"));
    }

    String apiUrl() {
        return rest.apiUrl();
    }

    String gatewayUrl() {
        return gateway.url();
    }

    FakeDiscordRest rest() {
        return rest;
    }

    FakeDiscordGateway gateway() {
        return gateway;
    }

    /** Discord answers 401 on the API and closes the gateway with 4004. */
    void refuseToken() {
        rest.refuseToken();
        gateway.refuseToken();
    }

    String cdn(Path file) {
        return rest.cdn(file);
    }

    List<FakeDiscordRest.Call> calls(String method, String pathPart) {
        return rest.calls().stream()
                .filter(c -> c.method().equals(method) && c.path().contains(pathPart))
                .toList();
    }

    /** The contents of the messages the bot posted in a channel or thread, in order. */
    List<String> posted(String channel) {
        return calls("POST", "/channels/" + channel + "/messages").stream()
                .filter(c -> !c.path().endsWith("/threads"))
                .map(c -> FakeDiscordRest.field(c.body(), "content"))
                .toList();
    }

    /** Everything the bot asked of the API, one call a line (for assertion messages). */
    String transcript() {
        StringBuilder out = new StringBuilder();
        rest.calls()
                .forEach(c -> out.append(c.method())
                        .append(' ')
                        .append(c.path())
                        .append(' ')
                        .append(c.body())
                        .append('\n'));
        return out.toString();
    }

    /** The thread the bot created last, or null. */
    String lastThread() {
        List<String> threads = rest.threads();
        return threads.isEmpty() ? null : threads.get(threads.size() - 1);
    }

    void dispatch(String type, String data) {
        gateway.dispatch(type, data);
    }

    /** Op 7 in the middle of whatever runs; returns once JDA has resumed the session. */
    void reconnect() throws InterruptedException {
        gateway.reconnectAndAwaitResume(Duration.ofSeconds(30));
    }

    /** A slash command in a channel or thread; {@code options} is the inside of Discord's options array. */
    String slash(String user, String channel, String command, String options, String resolved) {
        String data = "{\"id\":\"" + DiscordPayloads.snowflake() + "\",\"name\":\"" + command + "\",\"type\":1,"
                + "\"options\":[" + options + "]" + (resolved == null ? "" : ",\"resolved\":" + resolved) + "}";
        return DiscordPayloads.interaction(2, user, channelJson(channel), data, null);
    }

    /** A modal submitted, its one text input inside a label (components v2, as JDA 6 builds modals). */
    String modalSubmit(String user, String channel, String customId, String value) {
        String data = "{\"custom_id\":\"" + customId + "\",\"components\":[{\"type\":18,\"id\":1,\"component\":"
                + "{\"type\":4,\"id\":2,\"custom_id\":\"credential\",\"value\":" + DiscordPayloads.quoted(value)
                + "}}]}";
        return DiscordPayloads.interaction(5, user, channelJson(channel), data, null);
    }

    /** A button pressed on the bot's message {@code messageId} in {@code channel}. */
    String button(String user, String channel, String messageId, String customId) {
        String data = "{\"custom_id\":\"" + customId + "\",\"component_type\":2}";
        String message = "\"message\":" + DiscordPayloads.message(messageId, channel, BOT, "");
        return DiscordPayloads.interaction(3, user, channelJson(channel), data, message);
    }

    /**
     * A message typed in a channel or thread. Like Discord, the gateway leaves the content empty unless the bot
     * identified with the Message Content intent (mentions of the bot keep it).
     */
    String message(String user, String channel, String content) {
        boolean visible = (gateway.intents() & FakeDiscordGateway.MESSAGE_CONTENT) != 0;
        return DiscordPayloads.message(DiscordPayloads.snowflake(), channel, user, visible ? content : "");
    }

    /** A direct message to the bot (Discord sends DM content without the privileged intent). */
    String directMessage(String user, String content) {
        return DiscordPayloads.directMessage(DiscordPayloads.snowflake(), user, content);
    }

    /** A message that mentions the bot ({@code <@bot> content}). */
    String mention(String user, String channel, String content) {
        return DiscordPayloads.message(DiscordPayloads.snowflake(), channel, user, "<@" + BOT + "> " + content, BOT);
    }

    /** A file as an attachment object, served by the fake CDN. */
    String attachment(Path file) throws java.io.IOException {
        return DiscordPayloads.attachment(
                DiscordPayloads.snowflake(),
                file.getFileName().toString(),
                java.nio.file.Files.size(file),
                rest.cdn(file));
    }

    private String channelJson(String channel) {
        String parent = rest.parentOf(channel);
        return parent == null ? DiscordPayloads.textChannel(channel) : DiscordPayloads.thread(channel, parent);
    }

    @Override
    public void close() {
        rest.close();
        gateway.close();
    }
}
