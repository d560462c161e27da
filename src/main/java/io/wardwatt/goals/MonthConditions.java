package io.wardwatt.goals;

import java.time.YearMonth;

/**
 * What drove a month's energy: cooling and heating degree-days (from daily mean outdoor temperatures), outpatient
 * visits, and how many of its days had weather and visit data (a month missing days is not used to fit the model).
 */
public record MonthConditions(YearMonth month, double cdd, double hdd, double visits, int weatherDays, int visitDays) {

    public boolean complete() {
        return weatherDays == month.lengthOfMonth() && visitDays == month.lengthOfMonth();
    }
}
