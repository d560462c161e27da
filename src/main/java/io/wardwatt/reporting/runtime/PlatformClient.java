package io.wardwatt.reporting.runtime;

import io.wardwatt.reporting.ClaimedSubmission;
import io.wardwatt.reporting.PlatformAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * POSTs one claimed submission to the platform: the stored payload byte for byte, its idempotency key as the
 * {@code Idempotency-Key} header, the configured credentials, bounded by the configured time-out. HTTP/1.1 and no
 * redirects: a POST is not repeated behind our back, every attempt is one the outbox counted.
 */
@ApplicationScoped
public class PlatformClient {

    @Inject
    ReportingConfig config;

    private volatile HttpClient http;

    /** No answer: the request timed out, or the connection could not be made or broke. */
    public static final class NoAnswer extends Exception {
        NoAnswer(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public PlatformAnswer post(ClaimedSubmission submission) throws NoAnswer {
        ReportingConfig.Platform platform = config.platform();
        URI endpoint = platform.endpoint().orElseThrow(() -> new IllegalStateException("wardwatt.reporting.platform.endpoint is not set"));
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(platform.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", submission.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(submission.payload(), StandardCharsets.UTF_8));
        authorization().ifPresent(value -> request.header("Authorization", value));
        try {
            HttpResponse<String> answer = client().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new PlatformAnswer(answer.statusCode(), answer.body());
        } catch (HttpTimeoutException e) {
            throw new NoAnswer("no answer within " + platform.timeout(), e);
        } catch (IOException e) {
            throw new NoAnswer("no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoAnswer("interrupted while waiting for the platform", e);
        }
    }

    private Optional<String> authorization() {
        ReportingConfig.Platform platform = config.platform();
        if (platform.token().isPresent()) {
            return Optional.of("Bearer " + platform.token().get());
        }
        if (platform.username().isPresent()) {
            String pair = platform.username().get() + ":" + platform.password().orElse("");
            return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return Optional.empty();
    }

    private HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(config.platform().timeout())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return http;
    }
}
