package io.wardwatt.readings.rest;

import io.wardwatt.input.InputProblem;
import java.util.List;

/**
 * The answer to an ingestion, sent after the commit: {@code accepted} readings newly stored,
 * {@code duplicates} already stored (same point and time) and left unchanged, {@code conflicting} those of the
 * duplicates whose value differed from the stored one, and every problem of the items refused.
 */
public record IngestResponse(int accepted, int duplicates, int conflicting, List<InputProblem> rejected) {
}
