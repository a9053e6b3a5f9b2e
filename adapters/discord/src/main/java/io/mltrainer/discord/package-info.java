/**
 * The Discord surface: interactions over HTTP ({@code /discord/interactions}, Ed25519-verified) or the gateway (JDA,
 * on the replica holding the gateway lease), one handler for both, and a REST surface that posts by channel id.
 */
package io.mltrainer.discord;
