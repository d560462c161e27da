package io.wardwatt.forecast.runtime;

import io.wardwatt.forecast.weather.ProviderAnswerReader;
import io.wardwatt.forecast.weather.ProviderFields;
import io.wardwatt.forecast.weather.WeatherHour;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Fetches a site's hourly forecast from the configured provider: each request bounded by the timeout, failed requests
 * repeated after a doubling back-off up to the configured attempts. A wrong answer (not 2xx, not the configured
 * shape, no hours) counts as a failure like a dead connection.
 */
@ApplicationScoped
public class WeatherProviderClient {

    private static final Logger LOG = Logger.getLogger(WeatherProviderClient.class);

    @Inject
    WeatherConfig config;

    private volatile HttpClient http;

    /** The provider could not give a forecast; the message says what the last attempt met. */
    public static final class ProviderFailure extends Exception {
        ProviderFailure(String message) {
            super(message);
        }
    }

    public List<WeatherHour> fetch(String site) throws ProviderFailure {
        WeatherConfig.Provider provider = config.provider();
        URI uri = URI.create(provider.urlTemplate().replace("{site}", URLEncoder.encode(site, StandardCharsets.UTF_8)));
        String failure = null;
        Duration wait = provider.backoff();
        for (int attempt = 1; attempt <= provider.attempts(); attempt++) {
            if (attempt > 1) {
                pause(wait);
                wait = wait.multipliedBy(2);
            }
            try {
                HttpResponse<String> answer = client().send(HttpRequest.newBuilder(uri).timeout(provider.timeout()).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() / 100 != 2) {
                    failure = "HTTP " + answer.statusCode();
                } else {
                    List<WeatherHour> hours = ProviderAnswerReader.read(answer.body(), fields(), ZoneId.of(provider.timesZone()));
                    if (!hours.isEmpty()) {
                        return hours;
                    }
                    failure = "the answer holds no complete hour";
                }
            } catch (HttpTimeoutException e) {
                failure = "no answer within " + provider.timeout();
            } catch (IOException e) {
                failure = "cannot reach the provider: " + e;
            } catch (ProviderAnswerReader.UnreadableAnswer e) {
                failure = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProviderFailure("interrupted");
            }
            LOG.debugf("weather provider, attempt %d of %d for %s: %s", attempt, provider.attempts(), site, failure);
        }
        throw new ProviderFailure(failure + " (" + provider.attempts() + " attempts)");
    }

    private ProviderFields fields() {
        WeatherConfig.Fields f = config.fields();
        return new ProviderFields(f.time(), f.temperature(), f.relativeHumidity(), f.solarRadiation());
    }

    private HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(config.provider().timeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return http;
    }

    /** The back-off between attempts; a fetch runs on a worker thread that may wait. */
    private static void pause(Duration wait) throws ProviderFailure {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderFailure("interrupted");
        }
    }
}
