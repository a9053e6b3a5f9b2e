/** The Discord surface: a JDA bot whose slash commands, mentions and thread messages become chat messages. */
package io.mltrainer.discord;
