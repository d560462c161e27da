package io.wardwatt.acquisition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wardwatt.input.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCatalogTest {

    @Test
    void everyShippedTemplateIsListedAndValid() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of("src/main/resources/acquisition/templates"))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).map(n -> n.substring(0, n.length() - 5))
                    .sorted().toList();
        }
        assertEquals(files, TemplateCatalog.shippedIds().stream().sorted().toList(), "index.txt lists every shipped template");
        assertEquals(files, TemplateCatalog.load(List.of()).ids());
    }

    @Test
    void directoriesAddTemplatesAndAnIdTwiceIsAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("site-meter.yaml"), """
                template: site-meter
                points:
                  - {name: KW, function: input, address: 0, type: float32, unit: kW}
                """);
        assertTrue(TemplateCatalog.load(List.of(dir)).find("site-meter").isPresent());
        Files.writeString(dir.resolve("wardwatt-pump-vsd.yaml"), """
                template: wardwatt-pump-vsd
                points:
                  - {name: KW, function: input, address: 0, type: float32, unit: kW}
                """);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TemplateCatalog.load(List.of(dir)));
        assertTrue(e.getMessage().contains("template id wardwatt-pump-vsd is defined already by classpath:acquisition/templates/wardwatt-pump-vsd.yaml"),
                e.getMessage());
    }
}
