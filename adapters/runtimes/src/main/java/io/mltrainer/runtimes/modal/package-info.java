/**
 * Modal, driven through its CLI (it has no HTTP API for Java). {@link io.mltrainer.runtimes.modal.ModalRuntime} trains
 * there: a detached launch, then state, logs, outputs and cancel each through one CLI call ({@code ModalCli}), with the
 * token in the child's environment only ({@link io.mltrainer.runtimes.modal.ModalTokens}).
 * {@link io.mltrainer.runtimes.modal.ModalTokenCheck} is
 * the {@code validate_modal_token} tool: it runs {@code modal token info} with the token in the child's environment
 * only, within a time limit, and reports a missing CLI, a refused token (the CLI's words, token masked) or an
 * unreachable Modal as such. Tests drive small fake {@code modal} scripts.
 */
package io.mltrainer.runtimes.modal;
