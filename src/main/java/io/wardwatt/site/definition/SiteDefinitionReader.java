package io.wardwatt.site.definition;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads and validates a site definition document. All problems are reported at once, in reading order,
 * each with its path and, when known, the file, line and column:
 * {@code points[12].rolloverValue (deploy/demo/site.yaml line 310, column 20)}. Nothing framework-bound:
 * the command line validates files with it as the service does.
 */
public final class SiteDefinitionReader {

    private SiteDefinitionReader() {
    }

    /**
     * @param source the file name to put into messages, or null
     * @throws InvalidInputException with every problem found
     */
    public static SiteDefinition read(String text, DocumentFormat format, String source) {
        ParsedDocument document = ParsedDocument.parse(text, format, source);
        List<InputProblem> problems = new ArrayList<>();
        Draft draft = new SiteDocumentReader(problems).read(document.root());
        problems.addAll(SiteDefinitionValidator.problems(draft));
        if (!problems.isEmpty()) {
            List<InputProblem> located = problems.stream()
                    .sorted(Comparator.comparingInt(document::lineOf))
                    .map(document::locate)
                    .toList();
            throw new InvalidInputException(located);
        }
        return draft.toDefinition();
    }

    /** Reads a file: JSON when it is named {@code *.json}, YAML otherwise. */
    public static SiteDefinition readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file.toString(), "no such file");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file.toString(), "is not UTF-8 text");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot be read: " + e.getMessage());
        }
        return read(text, DocumentFormat.ofFileName(file.getFileName().toString()), file.toString());
    }
}
