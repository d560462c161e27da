package io.wardwatt.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's old paths and where each now lives (docs/api.md, "Old paths"), as data. A template's {@code {name}}
 * matches one path segment; {@code {site}} in the old form names the site, otherwise it comes from the old query's
 * {@code site} or, where the old form defaulted it, from the configuration key the row names. More specific rows
 * come first: the first match wins.
 */
public final class MovedPaths {

    private static final String PLANS = "wardwatt.optimize.daily.site";
    private static final String CONTROL = "wardwatt.control.site";
    private static final String ACQUISITION = "wardwatt.acquisition.site";
    /** Where an old form without a site meant the one site this instance runs for. */
    private static final String SITE = PLANS;

    /** One old form and its new one. */
    public record Move(String oldTemplate, String newTemplate, String defaultSiteKey) {

        Pattern pattern() {
            Matcher names = VARIABLE.matcher(oldTemplate);
            StringBuilder regex = new StringBuilder("^");
            int last = 0;
            while (names.find()) {
                regex.append(Pattern.quote(oldTemplate.substring(last, names.start())));
                regex.append("(?<").append(names.group(1)).append(">[^/]+?)");
                last = names.end();
            }
            return Pattern.compile(regex.append(Pattern.quote(oldTemplate.substring(last))).append("/?$").toString());
        }

        boolean siteInPath() {
            return oldTemplate.contains("{site}");
        }
    }

    static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z]+)}");

    public static final List<Move> ALL = List.of(
            new Move("/api/alerts/{id}/acknowledge", "/api/sites/{site}/alerts/{id}/acknowledge", SITE),
            new Move("/api/alerts", "/api/sites/{site}/alerts", SITE),
            new Move("/api/carbon/activities/{id}/evidence", "/api/sites/{site}/carbon/activities/{id}/evidence", SITE),
            new Move("/api/carbon/activities/{id}", "/api/sites/{site}/carbon/activities/{id}", SITE),
            new Move("/api/carbon/activities", "/api/sites/{site}/carbon/activities", SITE),
            new Move("/api/carbon/ledgers/{site}/{month}/preview", "/api/sites/{site}/carbon/ledgers/{month}/preview", SITE),
            new Move("/api/carbon/ledgers/{site}/{month}/close", "/api/sites/{site}/carbon/ledgers/{month}/close", SITE),
            new Move("/api/carbon/ledgers/{site}/{month}/restate", "/api/sites/{site}/carbon/ledgers/{month}/restate", SITE),
            new Move("/api/carbon/ledgers/{site}/{month}/verify", "/api/sites/{site}/carbon/ledgers/{month}/verify", SITE),
            new Move("/api/carbon/ledgers/{site}/{month}", "/api/sites/{site}/carbon/ledgers/{month}", SITE),
            new Move("/api/carbon/ledgers", "/api/sites/{site}/carbon/ledgers", SITE),
            new Move("/api/control/events", "/api/sites/{site}/control/events", CONTROL),
            new Move("/api/control/overrides/{id}", "/api/sites/{site}/control/overrides/{id}", CONTROL),
            new Move("/api/control/overrides", "/api/sites/{site}/control/overrides", CONTROL),
            new Move("/api/control/devices/{code}/acknowledge", "/api/sites/{site}/control/devices/{code}/acknowledge", CONTROL),
            new Move("/api/control/resume", "/api/sites/{site}/control/resume", CONTROL),
            new Move("/api/control", "/api/sites/{site}/control", CONTROL),
            new Move("/api/forecasts/cooling-load", "/api/sites/{site}/forecasts/cooling-load", SITE),
            new Move("/api/forecasts/load/issue", "/api/sites/{site}/forecasts/load/issue", SITE),
            new Move("/api/forecasts/load/models", "/api/sites/{site}/forecasts/load/models", SITE),
            new Move("/api/forecasts/load/accuracy", "/api/sites/{site}/forecasts/load/accuracy", SITE),
            new Move("/api/forecasts/load", "/api/sites/{site}/forecasts/load", SITE),
            new Move("/api/visits/csv", "/api/sites/{site}/visits/csv", SITE),
            new Move("/api/visits/forecast", "/api/sites/{site}/visits/forecast", SITE),
            new Move("/api/visits", "/api/sites/{site}/visits", SITE),
            new Move("/api/weather/epw", "/api/sites/{site}/weather/epw", SITE),
            new Move("/api/weather/forecast/refresh", "/api/sites/{site}/weather/forecast/refresh", SITE),
            new Move("/api/weather/forecast", "/api/sites/{site}/weather/forecast", SITE),
            new Move("/api/goals/{site}/progress", "/api/sites/{site}/goals/progress", SITE),
            new Move("/api/goals/{site}/report/{month}.pdf", "/api/sites/{site}/goals/report/{month}.pdf", SITE),
            new Move("/api/goals/{site}", "/api/sites/{site}/goals", SITE),
            new Move("/api/plans/daily", "/api/sites/{site}/plans/daily", PLANS),
            new Move("/api/plans/compare", "/api/sites/{site}/plans/compare", PLANS),
            new Move("/api/plans/{id}/actual", "/api/sites/{site}/plans/{id}/actual", PLANS),
            new Move("/api/plans/{id}/scenario", "/api/sites/{site}/plans/{id}/scenario", PLANS),
            new Move("/api/plans/{id}/replay-check", "/api/sites/{site}/plans/{id}/replay-check", PLANS),
            new Move("/api/plans/{id}/replan", "/api/sites/{site}/plans/{id}/replan", PLANS),
            new Move("/api/plans/{id}/approve", "/api/sites/{site}/plans/{id}/approve", PLANS),
            new Move("/api/plans/{id}/cancel", "/api/sites/{site}/plans/{id}/cancel", PLANS),
            new Move("/api/plans/{id}/stop", "/api/sites/{site}/plans/{id}/stop", PLANS),
            new Move("/api/plans/{id}/replay", "/api/sites/{site}/plans/{id}/replay", PLANS),
            new Move("/api/plans/{id}", "/api/sites/{site}/plans/{id}", PLANS),
            new Move("/api/plans", "/api/sites/{site}/plans", PLANS),
            new Move("/api/reports/submissions/{id}/retry", "/api/sites/{site}/reports/submissions/{id}/retry", SITE),
            new Move("/api/reports/submissions/{id}", "/api/sites/{site}/reports/submissions/{id}", SITE),
            new Move("/api/reports/submissions", "/api/sites/{site}/reports/submissions", SITE),
            new Move("/api/reports/{site}/{month}.{format}", "/api/sites/{site}/reports/{month}.{format}", SITE),
            new Move("/api/acquisition/devices/{code}", "/api/sites/{site}/acquisition/devices/{code}", ACQUISITION),
            new Move("/api/acquisition/devices", "/api/sites/{site}/acquisition/devices", ACQUISITION));

    /** Paths under an old prefix that did not move; checked before the table. */
    static final List<Pattern> STAYED = List.of(Pattern.compile("^/api/reports/platform(/.*)?$"));

    private static final List<Pattern> PATTERNS = ALL.stream().map(Move::pattern).toList();

    /**
     * The first segment after /api/ of every old form ("alerts", "plans", …): every request passes the filter, and the
     * ones under any other segment (readings, series, sites, the static pages) need not try each pattern.
     */
    private static final java.util.Set<String> OLD_ROOTS = ALL.stream().map(m -> root(m.oldTemplate())).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static String root(String path) {
        if (!path.startsWith("/api/")) {
            return "";
        }
        int end = path.indexOf('/', 5);
        return end < 0 ? path.substring(5) : path.substring(5, end);
    }

    /** A request path matched to its move, with the old path's variables. */
    public record Match(Move move, Map<String, String> variables) {

        /** The new path for this site. */
        public String newPath(String site) {
            Map<String, String> values = new LinkedHashMap<>(variables);
            values.put("site", site);
            Matcher names = VARIABLE.matcher(move.newTemplate());
            StringBuilder path = new StringBuilder();
            while (names.find()) {
                names.appendReplacement(path, Matcher.quoteReplacement(values.get(names.group(1))));
            }
            return names.appendTail(path).toString();
        }
    }

    private MovedPaths() {
    }

    /** The move a request path (raw, as sent) was, if it is an old form. */
    public static Optional<Match> match(String path) {
        if (!OLD_ROOTS.contains(root(path))) {
            return Optional.empty();
        }
        if (STAYED.stream().anyMatch(p -> p.matcher(path).matches())) {
            return Optional.empty();
        }
        for (int i = 0; i < ALL.size(); i++) {
            Matcher m = PATTERNS.get(i).matcher(path);
            if (m.matches()) {
                Map<String, String> variables = new LinkedHashMap<>();
                Matcher names = VARIABLE.matcher(ALL.get(i).oldTemplate());
                while (names.find()) {
                    variables.put(names.group(1), m.group(names.group(1)));
                }
                return Optional.of(new Match(ALL.get(i), variables));
            }
        }
        return Optional.empty();
    }
}
