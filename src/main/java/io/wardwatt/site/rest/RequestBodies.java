package io.wardwatt.site.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.wardwatt.input.InvalidInputException;

/** What the site model's resources share in reading bodies. */
final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * The body of a PUT with the code from the path: a body may leave the code out, but may not name another
     * (codes are what files and other systems refer to; they are not renamed).
     */
    static JsonNode withPathCode(JsonNode body, String pathCode) {
        if (body instanceof ObjectNode object) {
            JsonNode code = object.get("code");
            if (code == null || code.isNull()) {
                object.set("code", TextNode.valueOf(pathCode));
            } else if (!code.asText().trim().equals(pathCode)) {
                throw new InvalidInputException("code", "is '" + code.asText() + "' but the path names '" + pathCode + "'; codes cannot be changed");
            }
        }
        return body;
    }
}
