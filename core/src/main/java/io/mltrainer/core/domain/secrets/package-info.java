/**
 * Secrets as the domain sees them: references to stored secrets, their kinds, and the rules that find and mask them
 * in text and events. No storage here (that is port.out's SecretVault).
 */
package io.mltrainer.core.domain.secrets;
