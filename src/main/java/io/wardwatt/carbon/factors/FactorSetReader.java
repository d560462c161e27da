package io.wardwatt.carbon.factors;

import com.fasterxml.jackson.databind.JsonNode;
import io.wardwatt.input.InputProblem;
import io.wardwatt.input.InvalidInputException;
import io.wardwatt.input.LocatedFields;
import io.wardwatt.input.LocatedYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads and checks a factor set file (format in {@code carbon-factors/README.md}): the set's id, title,
 * compilation day and IPCC report; the provinces and their regional grids; the sources; the factors (read by
 * {@link FactorEntryReader}). Every problem is reported at once, each with file, line and path; a file with any
 * problem yields no set.
 */
public final class FactorSetReader {

    static final Set<String> GWP_REPORTS = Set.of("SAR", "AR4", "AR5", "AR6");
    private static final Set<String> FIELDS = Set.of("set", "title", "compiled", "gwpReport", "provinces", "regionalGrids", "sources", "factors");
    private static final Pattern SET_ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    private static final Pattern PROVINCE = Pattern.compile("CN-[A-Z]{2}");
    private static final Pattern GRID = Pattern.compile("CN-[A-Z]{3,}");

    private final LocatedFields fields;

    private FactorSetReader(LocatedYaml document) {
        this.fields = new LocatedFields(document);
    }

    /** @param source the file name used in messages and recorded in the set */
    public static FactorSet read(String yaml, String source) {
        return new FactorSetReader(LocatedYaml.parse(yaml, source)).set(sha256(yaml));
    }

    public static FactorSet readFile(Path file) {
        return readFile(file, file.toString());
    }

    private static FactorSet readFile(Path file, String name) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new InvalidInputException(name, "cannot be read: " + e.getMessage());
        }
    }

    /** Every {@code *.yaml} below the directory, the problems of all files at once; no two sets may share an id. */
    public static List<FactorSet> readDirectory(Path directory) {
        return readDirectory(directory, Path::toString);
    }

    /**
     * As {@link #readDirectory(Path)}, each file recorded under the name {@code naming} gives it. The service names a
     * file by the directory's own name and the path below it ({@code carbon-factors/cn/cn-2026-11.yaml}) wherever the
     * directory lies, so a stored ledger's text does not depend on the installation path.
     */
    public static List<FactorSet> readDirectory(Path directory, Function<Path, String> naming) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(path -> path.toString().endsWith(".yaml") && Files.isRegularFile(path)).sorted().toList();
        } catch (IOException e) {
            throw new InvalidInputException(directory.toString(), "cannot be read: " + e.getMessage());
        }
        List<FactorSet> sets = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        Map<String, String> fileById = new HashMap<>();
        for (Path file : files) {
            try {
                FactorSet set = readFile(file, naming.apply(file));
                String other = fileById.putIfAbsent(set.id(), set.file());
                if (other != null) {
                    problems.add(new InputProblem(set.file(), "set id '" + set.id() + "' is also the id of " + other));
                }
                sets.add(set);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (sets.isEmpty()) {
            throw new InvalidInputException(directory.toString(), "holds no factor set (*.yaml)");
        }
        return sets;
    }

    /** The set with the id, or without one the set compiled last (two compiled the same day: name one). */
    public static FactorSet select(Path directory, String setId) {
        return choose(readDirectory(directory), setId, directory.toString());
    }

    /**
     * The set with the id, or without one (null) the set compiled last, among sets read from {@code where}.
     *
     * @throws InvalidInputException at {@code where} when there is no such set, or two were compiled last on the same day
     */
    public static FactorSet choose(List<FactorSet> sets, String setId, String where) {
        if (setId != null) {
            return sets.stream().filter(set -> set.id().equals(setId)).findFirst().orElseThrow(() -> new InvalidInputException(where,
                    "no factor set '" + setId + "'; the sets are " + sets.stream().map(FactorSet::id).sorted().toList()));
        }
        List<FactorSet> newest = sets.stream().sorted(Comparator.comparing(FactorSet::compiled).reversed()).toList();
        if (newest.isEmpty()) {
            throw new InvalidInputException(where, "holds no factor set (*.yaml)");
        }
        if (newest.size() > 1 && newest.get(0).compiled().equals(newest.get(1).compiled())) {
            throw new InvalidInputException(where, "sets " + newest.get(0).id() + " and " + newest.get(1).id()
                    + " were both compiled on " + newest.get(0).compiled() + ": name the set to use");
        }
        return newest.get(0);
    }

    private FactorSet set(String sha256) {
        JsonNode root = fields.root();
        if (!root.isObject()) {
            throw new InvalidInputException(fields.source(), "a factor set is a mapping with set, title, compiled, gwpReport, provinces,"
                    + " regionalGrids, sources and factors");
        }
        fields.knownKeys(root, "", FIELDS);
        String id = fields.text(root, "", "set");
        if (id != null && !SET_ID.matcher(id).matches()) {
            fields.problem("set", "'" + id + "' is not a set id: lower-case letters, digits, '.' and '-' (e.g. cn-2026-11)");
        }
        String title = fields.text(root, "", "title");
        LocalDate compiled = day(root, "", "compiled");
        String gwpReport = fields.text(root, "", "gwpReport");
        if (gwpReport != null && !GWP_REPORTS.contains(gwpReport)) {
            fields.problem("gwpReport", "'" + gwpReport + "' is not an IPCC report: one of " + GWP_REPORTS.stream().sorted().toList());
        }
        Map<String, String> provinces = provinces(root);
        List<RegionalGrid> grids = grids(root, provinces);
        Map<String, FactorSource> sources = sources(root, compiled);
        FactorEntryReader entries = new FactorEntryReader(fields, sources, regionCodes(provinces, grids));
        List<Factor> factors = entries.read();
        if (!fields.problems().isEmpty()) {
            throw new InvalidInputException(fields.problems());
        }
        return new FactorSet(id, title, compiled, gwpReport, fields.source(), sha256, provinces, grids, sources, factors, entries.gases());
    }

    private Map<String, String> provinces(JsonNode root) {
        Map<String, String> provinces = new LinkedHashMap<>();
        JsonNode node = fields.object(root, "", "provinces", true);
        if (node == null) {
            return provinces;
        }
        node.fieldNames().forEachRemaining(code -> {
            if (!PROVINCE.matcher(code).matches()) {
                fields.problem("provinces." + code, "'" + code + "' is not an ISO 3166-2 province code such as CN-SH");
            }
            String name = fields.text(node, "provinces", code);
            provinces.put(code, name == null ? code : name);
        });
        return provinces;
    }

    private List<RegionalGrid> grids(JsonNode root, Map<String, String> provinces) {
        List<RegionalGrid> grids = new ArrayList<>();
        Map<String, String> gridOf = new HashMap<>();
        List<JsonNode> nodes = fields.list(root, "", "regionalGrids", true);
        for (int i = 0; i < nodes.size(); i++) {
            String path = "regionalGrids[" + i + "]";
            JsonNode node = nodes.get(i);
            fields.knownKeys(node, path, Set.of("code", "name", "provinces"));
            String code = fields.text(node, path, "code");
            String name = fields.text(node, path, "name");
            if (code != null && !GRID.matcher(code).matches()) {
                fields.problem(path + ".code", "'" + code + "' is not a regional grid code such as CN-EAST");
            }
            if (code != null && grids.stream().anyMatch(grid -> grid.code().equals(code))) {
                fields.problem(path + ".code", "grid " + code + " is listed twice");
            }
            List<String> members = new ArrayList<>();
            List<JsonNode> listed = fields.list(node, path, "provinces", true);
            for (int p = 0; p < listed.size(); p++) {
                String province = listed.get(p).asText().trim();
                String where = path + ".provinces[" + p + "]";
                if (!provinces.containsKey(province)) {
                    fields.problem(where, "'" + province + "' is not one of the provinces listed under provinces");
                } else if (gridOf.containsKey(province)) {
                    fields.problem(where, province + " is already on grid " + gridOf.get(province));
                } else {
                    gridOf.put(province, code);
                    members.add(province);
                }
            }
            grids.add(new RegionalGrid(code, name, members));
        }
        if (!nodes.isEmpty()) {
            provinces.keySet().stream().filter(province -> !gridOf.containsKey(province))
                    .forEach(province -> fields.problem("provinces." + province, province + " is on no regional grid: list it under regionalGrids"));
        }
        return grids;
    }

    private Map<String, FactorSource> sources(JsonNode root, LocalDate compiled) {
        Map<String, FactorSource> sources = new LinkedHashMap<>();
        List<JsonNode> nodes = fields.list(root, "", "sources", true);
        for (int i = 0; i < nodes.size(); i++) {
            String path = "sources[" + i + "]";
            JsonNode node = nodes.get(i);
            fields.knownKeys(node, path, Set.of("id", "issuer", "document", "published", "seenIn"));
            String id = fields.text(node, path, "id");
            String issuer = fields.text(node, path, "issuer");
            String document = fields.text(node, path, "document");
            String seenIn = fields.text(node, path, "seenIn", null);
            String published = fields.text(node, path, "published");
            LocalDate publishedBy = publishedBy(published, path + ".published");
            LocalDate earliest = publishedBy == null || published.length() > 4 ? publishedBy : publishedBy.withDayOfYear(1);
            if (earliest != null && compiled != null && earliest.isAfter(compiled)) {
                fields.problem(path + ".published", published + " is after the set was compiled (" + compiled + ")");
            }
            if (id != null && sources.containsKey(id)) {
                fields.problem(path + ".id", "source '" + id + "' is listed twice");
            } else if (id != null) {
                sources.put(id, new FactorSource(id, issuer, document, published, publishedBy, seenIn));
            }
        }
        return sources;
    }

    /** A day, or a year alone counted as its 31 December (the day is unknown, so the latest it can be). */
    private LocalDate publishedBy(String text, String path) {
        if (text == null) {
            return null;
        }
        try {
            if (text.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(text), 12, 31);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            fields.problem(path, "'" + text + "' is neither a day YYYY-MM-DD nor a year YYYY");
            return null;
        }
    }

    private LocalDate day(JsonNode parent, String path, String key) {
        String text = fields.text(parent, path, key);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            fields.problem(LocatedFields.child(path, key), "'" + text + "' is not a day YYYY-MM-DD");
            return null;
        }
    }

    private static Set<String> regionCodes(Map<String, String> provinces, List<RegionalGrid> grids) {
        Set<String> codes = new java.util.HashSet<>(provinces.keySet());
        grids.stream().map(RegionalGrid::code).filter(java.util.Objects::nonNull).forEach(codes::add);
        codes.add(Region.NATION);
        return codes;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
