package io.wardwatt.web;

import static io.wardwatt.TestUsers.anonymous;
import static io.wardwatt.TestUsers.leader;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void healthNeedsNoLogin() {
        anonymous().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        anonymous().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAndTheApiDocumentNeedALogin() {
        anonymous().get("/q/metrics").then().statusCode(401);
        anonymous().get("/q/openapi").then().statusCode(401);
        leader().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        leader().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void everyResourcePathIsInTheOpenApiDocument() {
        Map<String, Object> paths = leader().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<String> expected = resourcePaths();
        assertFalse(expected.isEmpty());
        for (String path : expected) {
            assertTrue(paths.containsKey(path), path + " is missing from /q/openapi, which lists " + paths.keySet());
        }
    }

    /** Every class-level @Path joined with each method-level @Path, as OpenAPI writes them. */
    private static List<String> resourcePaths() {
        List<String> paths = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.wardwatt")) {
            if (!c.isAnnotatedWith(Path.class)) {
                continue;
            }
            String base = c.getAnnotationOfType(Path.class).value();
            boolean anyMethodPath = false;
            for (JavaMethod m : c.getMethods()) {
                if (m.isAnnotatedWith(Path.class)) {
                    anyMethodPath = true;
                    paths.add(join(base, m.getAnnotationOfType(Path.class).value()));
                }
            }
            if (!anyMethodPath) {
                paths.add(join(base, ""));
            }
        }
        return paths;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/").replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
