package io.mltrainer.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code whoami-v2}: {@code {name, orgs:[{name, roleInOrg}], auth:{accessToken:{role,
 * fineGrained:{scoped:[{entity:{type, name}, permissions}]}}}}}.
 */
final class WhoamiJson {
    private WhoamiJson() {}

    static Whoami parse(JsonNode json) {
        List<Whoami.Org> orgs = new ArrayList<>();
        for (JsonNode org : json.path("orgs")) {
            orgs.add(new Whoami.Org(
                    org.path("name").asText(), org.path("roleInOrg").asText(null)));
        }
        JsonNode token = json.path("auth").path("accessToken");
        List<Whoami.Scope> scopes = new ArrayList<>();
        for (JsonNode scope : token.path("fineGrained").path("scoped")) {
            scopes.add(new Whoami.Scope(
                    scope.path("entity").path("type").asText(),
                    scope.path("entity").path("name").asText(),
                    strings(scope.path("permissions"))));
        }
        return new Whoami(
                json.path("name").asText(),
                orgs,
                new Whoami.Token(TokenRole.of(token.path("role").asText(null)), scopes));
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
