package io.wardwatt.forecast.weather;

import java.time.LocalDate;

/**
 * Made-up EPW files for tests (the CSWD files beside the project may not be copied into it). Temperature, humidity and
 * radiation are functions of the row's date and hour, so a test can say which row a value came from.
 */
public final class EpwText {

    private EpwText() {
    }

    /** The temperature the made-up file holds for a row: day of year / 10 plus the hour, so every row differs. */
    public static double temperature(int dayOfYear, int hour) {
        return dayOfYear / 10.0 + hour;
    }

    public static double humidity(int hour) {
        return 40 + hour;
    }

    public static double radiation(int hour) {
        return hour >= 7 && hour <= 18 ? 100.0 * Math.min(hour - 6, 19 - hour) : 0;
    }

    /** A full typical year (8,760 rows of 2005) at UTC+8, or the rows of {@code days} days from {@code first}. */
    public static String year(int year, LocalDate first, int days) {
        StringBuilder text = new StringBuilder("LOCATION,Nowhere,,XX,Test,000000,31.0,121.0,8.0,5.0\n");
        for (int i = 1; i < 8; i++) {
            text.append("HEADER LINE ").append(i).append('\n');
        }
        for (int d = 0; d < days; d++) {
            LocalDate date = first.plusDays(d);
            for (int hour = 1; hour <= 24; hour++) {
                text.append(year).append(',').append(date.getMonthValue()).append(',').append(date.getDayOfMonth()).append(',')
                        .append(hour).append(",60,x,").append(temperature(date.getDayOfYear(), hour)).append(",5.0,")
                        .append(humidity(hour)).append(",101000,0,0,0,").append(radiation(hour)).append(",0,0\n");
            }
        }
        return text.toString();
    }

    public static String typicalYear() {
        return year(2005, LocalDate.of(2005, 1, 1), 365);
    }
}
