package io.wardwatt.carbon.activity;

import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import java.util.List;

/** A month's activities read from a file, with the problems of the rows that could not be read. */
public record ActivitySheet(String source, List<Activity> activities, List<InputProblem> problems) {

    public ActivitySheet {
        activities = List.copyOf(activities);
        problems = List.copyOf(problems);
    }

    /** The activities, when every row was good. */
    public List<Activity> requireValid() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return activities;
    }
}
