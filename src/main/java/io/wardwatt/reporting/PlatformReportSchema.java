package io.wardwatt.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.wardwatt.input.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The JSON Schema of the platform payload, profile v1 ({@value #RESOURCE} on the class path), and the check of a payload
 * against it. Every problem names the JSON path it is about ({@code $.organisation.unifiedSocialCreditCode},
 * {@code $.activities[2].unit}); a missing or unknown property names the property itself, not its parent.
 */
public final class PlatformReportSchema {

    public static final String RESOURCE = "/reporting/platform-report-v1.schema.json";

    /** The value of {@code schemaVersion} in a payload of this profile. */
    public static final String SCHEMA_VERSION = "platform-report/1";

    private static final PlatformReportSchema V1 = load();

    private final JsonSchema schema;
    private final String text;

    private PlatformReportSchema(JsonSchema schema, String text) {
        this.schema = schema;
        this.text = text;
    }

    public static PlatformReportSchema v1() {
        return V1;
    }

    /** The schema document as shipped. */
    public String text() {
        return text;
    }

    /** What is wrong with the payload, by path; empty when it conforms. */
    public List<InputProblem> problems(JsonNode payload) {
        Set<ValidationMessage> messages = schema.validate(payload);
        return messages.stream()
                .map(PlatformReportSchema::problem)
                .distinct()
                .sorted(Comparator.comparing(InputProblem::where).thenComparing(InputProblem::problem))
                .toList();
    }

    private static InputProblem problem(ValidationMessage message) {
        String where = message.getInstanceLocation().toString();
        String type = message.getType();
        if (("required".equals(type) || "additionalProperties".equals(type)) && message.getProperty() != null) {
            where = where + "." + message.getProperty();
        }
        String error = message.getError() != null ? message.getError() : message.getMessage();
        return new InputProblem(where, error);
    }

    private static PlatformReportSchema load() {
        try (InputStream in = PlatformReportSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .formatAssertionsEnabled(true)   // generatedAt must be a date-time, not only look like a string
                    .locale(Locale.ROOT)
                    .pathType(PathType.JSON_PATH)     // $.activities[2].unit, as our other APIs name JSON places
                    .build();
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
            return new PlatformReportSchema(factory.getSchema(text, config), text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
