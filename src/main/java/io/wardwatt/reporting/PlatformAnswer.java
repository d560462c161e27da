package io.wardwatt.reporting;

/** What the platform answered to one POST: the HTTP status and the body as text (empty when it had none). */
public record PlatformAnswer(int status, String body) {

    public PlatformAnswer {
        body = body == null ? "" : body;
    }
}
