package io.wardwatt.carbon.runtime;

import io.wardwatt.carbon.factors.FactorSet;
import io.wardwatt.carbon.factors.FactorSetReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The factor sets of {@code wardwatt.carbon.factors.directory}, read again on every use (a set is a few hundred lines;
 * reading it takes milliseconds), so a newly published set added as a file is used from then on, and a month can be
 * restated with it, without a restart.
 */
@ApplicationScoped
public class FactorSets {

    /** {@code wardwatt.carbon.factors.set} for the set compiled last. */
    public static final String NEWEST = "newest";

    @Inject
    CarbonConfig config;

    /** Every set in the directory, each named by the directory's name and its path below it. */
    public List<FactorSet> all() {
        Path directory = config.factors().directory();
        return FactorSetReader.readDirectory(directory, file -> name(directory, file));
    }

    /** The set months are closed and restated with now: the configured one, or the newest. */
    public FactorSet current() {
        String id = config.factors().set();
        return FactorSetReader.choose(all(), NEWEST.equals(id) ? null : id, config.factors().directory().toString());
    }

    /** The set a ledger recorded. */
    public Optional<FactorSet> byId(String id) {
        return all().stream().filter(set -> set.id().equals(id)).findFirst();
    }

    public String directory() {
        return config.factors().directory().toString();
    }

    /** {@code carbon-factors/cn/cn-2026-11.yaml} wherever the directory is installed: ledgers record this name. */
    static String name(Path directory, Path file) {
        Path base = directory.toAbsolutePath().normalize();
        Path below = base.relativize(file.toAbsolutePath().normalize());
        return (base.getFileName() + "/" + below).replace('\\', '/');
    }
}
