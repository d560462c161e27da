package io.wardwatt.readings.rest;

import io.wardwatt.input.InvalidInputException;
import io.wardwatt.readings.IncomingReading;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads bulk loads in CSV, one reading a line: {@code point,ts,value[,quality]}. The point is a
 * {@code SITE/POINT} key or a numeric point id. A first line starting with {@code point,} is a header. Cells
 * may be double-quoted; keys, timestamps and numbers never contain commas, so no escaping is needed.
 */
final class ReadingsCsvReader {

    private ReadingsCsvReader() {
    }

    /**
     * @param lineOfItem receives, for each item in order, the line number it came from (1-based)
     * @throws InvalidInputException for a line with too few or too many cells
     */
    static void read(InputStream body, Consumer<IncomingReading> items, java.util.function.IntConsumer lineOfItem) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || (number == 1 && line.trim().toLowerCase(java.util.Locale.ROOT).startsWith("point,"))) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length < 3 || cells.length > 4) {
                throw new InvalidInputException("line " + number, "expected point,ts,value[,quality], got " + cells.length + " cells");
            }
            String point = unquote(cells[0]);
            boolean byId = !point.isEmpty() && point.chars().allMatch(Character::isDigit);
            items.accept(new IncomingReading(byId ? null : point, byId ? point : null, unquote(cells[1]), unquote(cells[2]),
                    cells.length == 4 ? unquote(cells[3]) : null));
            lineOfItem.accept(number);
        }
    }

    private static String unquote(String cell) {
        String trimmed = cell.trim();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed;
    }
}
