package io.wardwatt.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the CSV files we read share: the file's text, and a header of known columns read into their positions. */
public final class CsvHeader {

    private CsvHeader() {
    }

    /** The file's text (UTF-8); a file that cannot be read is an input problem at its name. */
    public static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /**
     * The column positions of a header line (a byte-order mark is ignored).
     *
     * @param expected how the header should read, for the message on an unknown column
     * @throws InvalidInputException at {@code source line 1} with every problem: an unknown column, one given twice,
     *                               a required one missing
     */
    public static Map<String, Integer> read(String line, String source, List<String> required, List<String> optional, String expected) {
        Map<String, Integer> columns = new HashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        String[] names = line.replace("\uFEFF", "").split(",", -1);
        for (int i = 0; i < names.length; i++) {
            String name = names[i].trim();
            if (!required.contains(name) && !optional.contains(name)) {
                problems.add(new InputProblem(source + " line 1", "unknown column '" + name + "' (" + expected + ")"));
            } else if (columns.put(name, i) != null) {
                problems.add(new InputProblem(source + " line 1", "column '" + name + "' appears twice"));
            }
        }
        for (String name : required) {
            if (!columns.containsKey(name)) {
                problems.add(new InputProblem(source + " line 1", "the header lacks column '" + name + "'"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return columns;
    }
}
