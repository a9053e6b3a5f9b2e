package io.mltrainer.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord's objects as its API and gateway send them (the fields JDA 6 reads): users, members, channels, threads,
 * messages, the guild, READY and interactions. One guild with one text channel; the bot is {@link #BOT}.
 */
final class DiscordPayloads {
    static final String BOT = "100000000000000001";
    static final String GUILD = "200000000000000002";
    static final String CHANNEL = "300000000000000003";
    private static final String TIME = "\"2026-11-28T10:00:00.000000+00:00\"";
    private static final String ALL_PERMISSIONS = "\"2251799813685247\"";
    private static final long DISCORD_EPOCH = 1420070400000L;
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final ObjectMapper JSON = new ObjectMapper();

    private DiscordPayloads() {}

    /** A new snowflake of the current time (JDA derives an interaction's expiry from its id). */
    static String snowflake() {
        return Long.toString(((Instant.now().toEpochMilli() - DISCORD_EPOCH) << 22) + SEQUENCE.incrementAndGet());
    }

    static String quoted(String text) {
        return JSON.valueToTree(text == null ? "" : text).toString();
    }

    static String user(String id) {
        String name = id.equals(BOT) ? "mltrainer" : "u" + id;
        return "{\"id\":\"" + id + "\",\"username\":\"" + name + "\",\"discriminator\":\"0\",\"global_name\":\"" + name
                + "\",\"avatar\":null,\"bot\":" + id.equals(BOT) + ",\"public_flags\":0}";
    }

    static String member(String id) {
        return "{\"user\":" + user(id) + ",\"roles\":[],\"joined_at\":" + TIME + ",\"deaf\":false,\"mute\":false,"
                + "\"flags\":0,\"pending\":false,\"permissions\":" + ALL_PERMISSIONS + "}";
    }

    static String textChannel(String id) {
        return "{\"id\":\"" + id + "\",\"type\":0,\"guild_id\":\"" + GUILD + "\",\"name\":\"general\",\"position\":0,"
                + "\"permission_overwrites\":[],\"flags\":0,\"nsfw\":false,\"parent_id\":null,\"topic\":null,"
                + "\"rate_limit_per_user\":0,\"last_message_id\":null}";
    }

    /** A public thread (type 11); JDA needs {@code applied_tags}. */
    static String thread(String id, String parent) {
        return "{\"id\":\"" + id + "\",\"type\":11,\"guild_id\":\"" + GUILD + "\",\"parent_id\":\"" + parent + "\","
                + "\"owner_id\":\"" + BOT + "\",\"name\":\"build\",\"last_message_id\":null,\"rate_limit_per_user\":0,"
                + "\"message_count\":0,\"member_count\":1,\"total_message_sent\":0,\"flags\":0,\"applied_tags\":[],"
                + "\"thread_metadata\":{\"archived\":false,\"auto_archive_duration\":1440,\"archive_timestamp\":" + TIME
                + ",\"locked\":false,\"create_timestamp\":" + TIME + "}}";
    }

    /** An attachment served at {@code url}. */
    static String attachment(String id, String fileName, long size, String url) {
        return "{\"id\":\"" + id + "\",\"filename\":" + quoted(fileName) + ",\"size\":" + size + ",\"url\":\"" + url
                + "\",\"proxy_url\":\"" + url + "\",\"content_type\":\"text/csv\"}";
    }

    /** {@code message} with {@code attachments} (JSON objects) instead of none. */
    static String withAttachments(String message, String... attachments) {
        return message.replace("\"attachments\":[]", "\"attachments\":[" + String.join(",", attachments) + "]");
    }

    /** The id of the bot's DM channel with {@code user}. */
    static String dmChannelId(String user) {
        return "9" + user.substring(1);
    }

    /** A message in the DM channel between {@code author} and the bot (no guild, no member). */
    static String directMessage(String id, String author, String content) {
        return message(id, dmChannelId(author), author, content)
                .replace(",\"guild_id\":\"" + GUILD + "\"", "")
                .replaceFirst(",\"member\":\\{[^}]*\\}", "");
    }

    /** A DM channel (type 1) with {@code recipient}. */
    static String dmChannel(String id, String recipient) {
        return "{\"id\":\"" + id + "\",\"type\":1,\"recipients\":[" + user(recipient) + "],\"last_message_id\":null}";
    }

    /** A message; {@code mentions} are user ids, {@code member} adds the guild member part of the author. */
    static String message(String id, String channel, String author, String content, String... mentions) {
        StringBuilder mentioned = new StringBuilder();
        for (String user : mentions) {
            mentioned.append(mentioned.length() == 0 ? "" : ",").append(user(user));
        }
        return "{\"id\":\"" + id + "\",\"channel_id\":\"" + channel + "\",\"guild_id\":\"" + GUILD + "\",\"author\":"
                + user(author) + ",\"member\":{\"roles\":[],\"joined_at\":" + TIME
                + ",\"deaf\":false,\"mute\":false,\"flags\":0},\"content\":" + quoted(content) + ",\"timestamp\":"
                + TIME + ",\"edited_timestamp\":null,\"tts\":false,\"mention_everyone\":false,\"mentions\":["
                + mentioned + "],\"mention_roles\":[],\"attachments\":[],\"embeds\":[],\"pinned\":false,\"type\":0,"
                + "\"flags\":0,\"components\":[]}";
    }

    /**
     * An interaction (INTERACTION_CREATE) of {@code type} (2 command, 3 component, 5 modal submit) by {@code user}
     * in a channel, with its {@code data}; {@code extra} is more fields (a component's message).
     */
    static String interaction(int type, String user, String channelJson, String data, String extra) {
        String channel = channelJson.replaceFirst("^\\{\"id\":\"(\\d+)\".*", "$1");
        return "{\"id\":\"" + snowflake() + "\",\"application_id\":\"" + BOT + "\",\"type\":" + type + ",\"data\":"
                + data + ",\"guild_id\":\"" + GUILD + "\",\"guild\":{\"id\":\"" + GUILD
                + "\",\"locale\":\"en-US\",\"features\":[]},\"channel_id\":\"" + channel + "\",\"channel\":"
                + channelJson + ",\"member\":" + member(user) + ",\"token\":\"itoken-" + snowflake()
                + "\",\"version\":1,\"app_permissions\":" + ALL_PERMISSIONS + ",\"locale\":\"en-US\","
                + "\"guild_locale\":\"en-US\",\"entitlements\":[],\"authorizing_integration_owners\":{\"0\":\""
                + GUILD + "\"},\"context\":0" + (extra == null ? "" : "," + extra) + "}";
    }

    static String ready(String gatewayUrl) {
        return "{\"v\":10,\"user\":" + user(BOT) + ",\"guilds\":[{\"id\":\"" + GUILD + "\",\"unavailable\":true}],"
                + "\"private_channels\":[],\"session_id\":\"session-1\",\"resume_gateway_url\":\"" + gatewayUrl
                + "\",\"session_type\":\"normal\",\"application\":{\"id\":\"" + BOT + "\",\"flags\":0},"
                + "\"relationships\":[],\"presences\":[],\"user_settings\":{},\"guild_join_requests\":[],"
                + "\"geo_ordered_rtc_regions\":[]}";
    }

    /** The guild: {@code afk_timeout} in Discord's set, the {@code @everyone} role, the channel, the bot member. */
    static String guild() {
        return "{\"id\":\"" + GUILD + "\",\"name\":\"ML\",\"icon\":null,\"splash\":null,\"discovery_splash\":null,"
                + "\"owner_id\":\"1\",\"afk_channel_id\":null,\"afk_timeout\":300,\"verification_level\":0,"
                + "\"default_message_notifications\":0,\"explicit_content_filter\":0,\"roles\":[{\"id\":\"" + GUILD
                + "\",\"name\":\"@everyone\",\"color\":0,\"colors\":{\"primary_color\":0,\"secondary_color\":null,"
                + "\"tertiary_color\":null},\"hoist\":false,\"icon\":null,\"unicode_emoji\":null,\"position\":0,"
                + "\"permissions\":" + ALL_PERMISSIONS + ",\"managed\":false,\"mentionable\":false,\"flags\":0}],"
                + "\"emojis\":[],\"stickers\":[],\"features\":[],\"mfa_level\":0,\"system_channel_id\":null,"
                + "\"system_channel_flags\":0,\"rules_channel_id\":null,\"vanity_url_code\":null,\"description\":null,"
                + "\"banner\":null,\"premium_tier\":0,\"premium_subscription_count\":0,\"preferred_locale\":\"en-US\","
                + "\"public_updates_channel_id\":null,\"nsfw_level\":0,\"premium_progress_bar_enabled\":false,"
                + "\"large\":false,\"unavailable\":false,\"member_count\":2,\"joined_at\":" + TIME
                + ",\"voice_states\":[],\"members\":[" + member(BOT) + "],\"channels\":[" + textChannel(CHANNEL)
                + "],\"threads\":[],\"presences\":[],\"stage_instances\":[],\"guild_scheduled_events\":[],"
                + "\"soundboard_sounds\":[]}";
    }
}
