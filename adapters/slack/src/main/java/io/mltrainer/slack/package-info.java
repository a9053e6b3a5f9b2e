/** The Slack surface: a Bolt app that turns Slack events into chat messages and renders builds as Block Kit. */
package io.mltrainer.slack;
