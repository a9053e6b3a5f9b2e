package io.mltrainer.core.domain.secrets;

import java.util.function.BiPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * One way of recognising a credential: a pattern whose {@code group} is the value, and a check on the whole text
 * for what a pattern alone cannot say (enough randomness, a decodable id, a Kaggle context).
 */
record SecretRule(SecretKind kind, Pattern pattern, int group, BiPredicate<String, MatchResult> accepts) {

    static SecretRule of(SecretKind kind, String regex, BiPredicate<String, MatchResult> accepts) {
        return new SecretRule(kind, Pattern.compile(regex), 0, accepts);
    }

    static SecretRule of(SecretKind kind, String regex) {
        return of(kind, regex, (text, match) -> true);
    }

    static SecretRule valueInGroup(SecretKind kind, String regex, BiPredicate<String, MatchResult> accepts) {
        return new SecretRule(kind, Pattern.compile(regex), 1, accepts);
    }
}
