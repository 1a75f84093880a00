package io.github.xiangzhi.core.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.json.JsonTypes;
import io.github.xiangzhi.core.json.XiangzhiJson;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads county profiles (R-CORE-6): one YAML or JSON document with a section per module, into a
 * {@link CountyProfile}, or a {@link ProfileException} carrying every problem found. Loading never
 * half-succeeds.
 *
 * <p>A document goes through four stages, each collecting every problem it can: syntax (with
 * duplicate keys and extra documents), structure (the JSON Schema generated from the section
 * types: unknown sections and fields, wrong types, missing fields, bad codes), binding (each
 * value type's invariants: ranges, duplicate codes) and cross-section checks (dangling
 * references). Each problem names a JSON pointer and, where known, the line and column. No raw
 * Jackson, SnakeYAML or schema exception escapes.
 *
 * <p>Building a loader generates and compiles the schema, which takes a moment: build one and
 * reuse it. A loader is immutable and thread-safe.
 */
public final class ProfileLoader {

  private final ImmutableList<ProfileSectionType<?>> sectionTypes;
  private final ImmutableMap<String, ProfileSectionType<?>> byName;
  private final ObjectMapper json = XiangzhiJson.newMapper();
  private final ObjectMapper yaml = XiangzhiJson.newYamlMapper();
  private final ObjectNode schemaNode;
  private final Schema schema;
  private final ImmutableMap<String, String> patternProblems; // pattern -> message key

  private ProfileLoader(List<ProfileSectionType<?>> types) {
    Map<String, ProfileSectionType<?>> names = new LinkedHashMap<>();
    Set<Class<?>> classes = new HashSet<>();
    for (ProfileSectionType<?> type : types) {
      if (names.put(type.name(), type) != null) {
        throw new IllegalArgumentException("two section types are called " + type.name());
      }
      if (!classes.add(type.type())) {
        throw new IllegalArgumentException(
            "two section types have the value type " + type.type().getName());
      }
    }
    this.sectionTypes = ImmutableList.copyOf(types);
    this.byName = ImmutableMap.copyOf(names);
    Map<String, String> patternKeys = new HashMap<>();
    this.schemaNode = ProfileSchema.generate(json, sectionTypes, patternKeys);
    this.patternProblems = ImmutableMap.copyOf(patternKeys);
    this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(schemaNode);
  }

  /** A loader for every section type registered through {@link ServiceLoader}. */
  public static ProfileLoader standard() {
    List<ProfileSectionType<?>> found = new ArrayList<>();
    for (ProfileSectionType<?> type :
        ServiceLoader.load(ProfileSectionType.class, ProfileLoader.class.getClassLoader())) {
      found.add(type);
    }
    found.sort((a, b) -> Integer.compare(order(a), order(b)));
    return new ProfileLoader(found);
  }

  /** Core's sections first, in a fixed order, then the others by name. */
  private static int order(ProfileSectionType<?> type) {
    switch (type.name()) {
      case "profile":
        return 0;
      case "calendar":
        return 1;
      case "specialGroups":
        return 2;
      case "grid":
        return 3;
      case "rating":
        return 4;
      case "points":
        return 5;
      case "mediation":
        return 6;
      case "patrol":
        return 7;
      default:
        return 8;
    }
  }

  /** A loader for exactly {@code types}, in their order. */
  public static ProfileLoader of(List<? extends ProfileSectionType<?>> types) {
    return new ProfileLoader(ImmutableList.copyOf(types));
  }

  /** The section types this loader knows, in document order. */
  public List<ProfileSectionType<?>> sectionTypes() {
    return sectionTypes;
  }

  /** The section type called {@code name}, if known. */
  public Optional<ProfileSectionType<?>> sectionType(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * The profile's JSON Schema (draft 2020-12), generated from the section types; a copy. A
   * section with presets may also be written <code>{preset: CODE}</code>.
   */
  public ObjectNode jsonSchema() {
    ObjectNode published = schemaNode.deepCopy();
    ObjectNode properties = (ObjectNode) published.get("properties");
    for (ProfileSectionType<?> type : sectionTypes) {
      if (type.presets().isEmpty()) {
        continue;
      }
      ObjectNode byPreset = json.createObjectNode();
      byPreset.put("type", "object");
      byPreset.putArray("required").add("preset");
      // fields beside the preset are merged over it, then checked as the section itself
      com.fasterxml.jackson.databind.node.ArrayNode codes =
          byPreset.putObject("properties").putObject("preset").putArray("enum");
      type.presets().keySet().forEach(codes::add);
      ObjectNode either = json.createObjectNode();
      either.putArray("anyOf").add(properties.get(type.name())).add(byPreset);
      properties.set(type.name(), either);
    }
    return published;
  }

  /**
   * Loads the document in {@code file}, YAML or JSON.
   *
   * @throws ProfileException with every problem, each with its line and column
   * @throws IOException when the file cannot be read
   */
  public CountyProfile load(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Loads the document {@code reader} gives, naming it {@code source} in problems. */
  public CountyProfile load(Reader reader, String source) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    while ((n = reader.read(buffer)) >= 0) {
      text.append(buffer, 0, n);
    }
    return parse(text.toString(), source);
  }

  /**
   * Loads the document {@code text}, YAML or JSON (a document starting with <code>{</code> is read
   * as JSON), naming it {@code source} in problems.
   *
   * @throws ProfileException with every problem found
   */
  public CountyProfile parse(String text, String source) {
    List<Problem> problems = new ArrayList<>();
    ObjectMapper mapper = text.stripLeading().startsWith("{") ? json : yaml;
    LocationIndex locations;
    JsonNode root;
    try {
      locations = LocationIndex.scan(mapper.getFactory(), text, problems);
      root = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      String said = e.getOriginalMessage();
      Problem tab = mapper == yaml && said != null && said.contains("(TAB)")
          ? tabIndentation(text) : null;
      if (tab != null) { // the commonest YAML slip, which the parser reports elsewhere and vaguely
        throw new ProfileException(source, List.of(tab));
      }
      JsonLocation at = e.getLocation();
      Problem syntax = Problem.of("", "profile.syntax", firstLine(e.getOriginalMessage()));
      throw new ProfileException(
          source, List.of(at == null ? syntax : syntax.at(at.getLineNr(), at.getColumnNr())));
    } catch (IOException | RuntimeException e) {
      throw new ProfileException(
          source, List.of(Problem.of("", "profile.syntax", firstLine(e.getMessage()))));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new ProfileException(source, List.of(Problem.of("", "profile.document.empty")));
    }
    if (!root.isObject()) {
      throw new ProfileException(source, List.of(
          locations.locate(Problem.of("", "profile.document.notObject", kindOf(root)))));
    }

    // a section whose preset is refused is reported there once, not again by the schema
    Set<String> refused = substitutePresets((ObjectNode) root, problems);
    Set<String> brokenSections = new HashSet<>(refused);
    List<Problem> structural = new ArrayList<>();
    Set<Problem> nullBranches = new HashSet<>(); // "expected null": an optional value's branch
    for (Error error : schema.validate(root)) {
      Problem problem = fromSchema(error);
      if (!refused.contains(sectionOf(problem.path()))) {
        structural.add(problem);
        brokenSections.add(sectionOf(problem.path()));
        if ("type".equals(error.getKeyword()) && expected(error).equals("null")) {
          nullBranches.add(problem);
        }
      }
    }
    problems.addAll(withoutNullBranches(structural, nullBranches));

    Map<String, Object> bound = new LinkedHashMap<>();
    for (ProfileSectionType<?> type : sectionTypes) {
      JsonNode node = root.get(type.name());
      if (node == null) {
        type.defaultValue().ifPresent(value -> bound.put(type.name(), value));
        continue;
      }
      if (brokenSections.contains(type.name())) {
        continue;
      }
      String prefix = Pointers.field(type.name());
      try {
        bound.put(type.name(), json.treeToValue(node, type.type()));
      } catch (JsonProcessingException | RuntimeException e) {
        problems.addAll(fromBinding(e, prefix));
      }
    }
    problems.addAll(check(bound));
    if (!problems.isEmpty()) {
      throw new ProfileException(
          source, problems.stream().map(locations::locate).collect(Collectors.toList()));
    }
    return new CountyProfile(ordered(bound));
  }

  /**
   * Makes a profile of section values built in code, by section name, running the same
   * cross-section checks as loading; absent sections get their defaults.
   *
   * @throws ProfileException naming unknown sections, values of the wrong type, missing required
   *     sections and every cross-section problem
   */
  public CountyProfile assemble(Map<String, ?> sections) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Object> bound = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : sections.entrySet()) {
      ProfileSectionType<?> type = byName.get(e.getKey());
      String path = Pointers.field(e.getKey());
      if (type == null) {
        problems.add(Problem.of(path, "profile.section.unknown", e.getKey(), byName.keySet()));
      } else if (!type.type().isInstance(e.getValue())) {
        problems.add(Problem.of(path, "profile.section.type", e.getKey(),
            type.type().getSimpleName()));
      } else {
        bound.put(e.getKey(), e.getValue());
      }
    }
    for (ProfileSectionType<?> type : sectionTypes) {
      if (!sections.containsKey(type.name())) {
        if (type.isRequired()) {
          problems.add(Problem.of(Pointers.field(type.name()), "profile.field.missing",
              type.name()));
        }
        type.defaultValue().ifPresent(value -> bound.put(type.name(), value));
      }
    }
    problems.addAll(check(bound));
    if (!problems.isEmpty()) {
      throw new ProfileException("<assembled>", problems);
    }
    return new CountyProfile(ordered(bound));
  }

  /** The profile as a JSON tree, sections in document order. */
  public ObjectNode toTree(CountyProfile profile) {
    ObjectNode root = json.createObjectNode();
    for (Map.Entry<String, Object> e : profile.sections().entrySet()) {
      root.set(e.getKey(), json.valueToTree(e.getValue()));
    }
    return root;
  }

  /** The profile as a YAML document that this loader reads back to an equal profile. */
  public String toYaml(CountyProfile profile) {
    try {
      return yaml.writeValueAsString(toTree(profile));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a loaded profile always writes", e);
    }
  }

  /** The profile as a JSON document that this loader reads back to an equal profile. */
  public String toJson(CountyProfile profile) {
    try {
      return json.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(profile));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a loaded profile always writes", e);
    }
  }

  private Map<String, Object> ordered(Map<String, Object> bound) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (ProfileSectionType<?> type : sectionTypes) {
      if (bound.containsKey(type.name())) {
        out.put(type.name(), bound.get(type.name()));
      }
    }
    return out;
  }

  private List<Problem> check(Map<String, Object> bound) {
    ProfileContext context = new BoundContext(bound);
    List<Problem> problems = new ArrayList<>();
    for (ProfileSectionType<?> type : sectionTypes) {
      Object value = bound.get(type.name());
      if (value != null) {
        runCheck(type, value, context, problems);
      }
    }
    return problems;
  }

  private static <T> void runCheck(
      ProfileSectionType<T> type, Object value, ProfileContext context, List<Problem> problems) {
    String prefix = Pointers.field(type.name());
    try {
      type.check(type.type().cast(value), context,
          (path, key, arguments) -> problems.add(Problem.of(prefix + path, key, arguments)));
    } catch (RuntimeException e) {
      // a section's checks must report, not throw; a vendor's bug still must not escape raw
      problems.add(Problem.of(prefix, "profile.check.failed", type.name(),
          e.getClass().getSimpleName() + ": " + firstLine(e.getMessage())));
    }
  }

  /**
   * Replaces each section written as <code>{preset: CODE}</code> by that built-in preset of the
   * section's type, so a county can say {@code calendar: {preset: CHINA_2024_2025}}. Fields
   * written beside {@code preset} are merged over the preset as a JSON Merge Patch (RFC 7386):
   * objects merge field by field, any other value (a list included) replaces the preset's, and
   * {@code null} removes the field — <code>{preset: CHANGZHI, targets: {level: VILLAGE_COMMITTEE}}</code>
   * is the Changzhi scheme with its targets counted at another level.
   */
  private Set<String> substitutePresets(ObjectNode root, List<Problem> problems) {
    Set<String> refused = new HashSet<>();
    for (ProfileSectionType<?> type : sectionTypes) {
      JsonNode node = root.get(type.name());
      if (node == null || !node.isObject() || !node.has("preset")) {
        continue;
      }
      String path = Pointers.field(type.name()) + Pointers.field("preset");
      JsonNode named = node.get("preset");
      if (!named.isTextual()) {
        problems.add(
            Problem.of(path, "profile.value.type", JsonTypes.label("string"), kindOf(named)));
        root.remove(type.name());
        refused.add(type.name());
        continue;
      }
      String code = named.asText();
      String preset = type.presets().get(code);
      if (preset == null) {
        problems.add(Problem.of(path, "profile.preset.unknown", type.name(), code,
            type.presets().keySet()));
        root.remove(type.name());
        refused.add(type.name());
        continue;
      }
      try {
        JsonNode merged = yaml.readTree(preset);
        ObjectNode patch = ((ObjectNode) node).deepCopy();
        patch.remove("preset");
        root.set(type.name(), mergePatch(merged, patch));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("built-in preset " + type.name() + "/" + code
            + " is not well-formed", e);
      }
    }
    return refused;
  }

  /**
   * {@code problems} without the "expected null" of an optional value's other branch where the
   * value, an object, has problems of its own below it: those say what is wrong.
   */
  private static List<Problem> withoutNullBranches(List<Problem> problems,
      Set<Problem> nullBranches) {
    List<Problem> out = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      boolean nullBranch = nullBranches.contains(p)
          && problems.stream().anyMatch(q -> q.path().startsWith(p.path() + "/"));
      if (!nullBranch) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The first line indented with a tab, which YAML forbids, at the tab; null when there is none.
   * Asked only once the text has failed to parse: a tab inside a value is allowed.
   */
  private static Problem tabIndentation(String text) {
    int line = 1;
    int column = 1;
    boolean indenting = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        column = 1;
        indenting = true;
        continue;
      }
      if (indenting && c == '\t') {
        return Problem.of("", "profile.yaml.tab").at(line, column);
      }
      indenting &= c == ' ';
      column++;
    }
    return null;
  }

  /** RFC 7386: {@code patch} merged over {@code target}; {@code target} may be modified. */
  static JsonNode mergePatch(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch;
    }
    ObjectNode result = target != null && target.isObject()
        ? (ObjectNode) target : JsonNodeFactory.instance.objectNode();
    patch.fields().forEachRemaining(field -> {
      if (field.getValue().isNull()) {
        result.remove(field.getKey());
      } else {
        result.set(field.getKey(), mergePatch(result.get(field.getKey()), field.getValue()));
      }
    });
    return result;
  }

  private Problem fromSchema(Error error) {
    String pointer = pointer(error.getInstanceLocation());
    String keyword = error.getKeyword() == null ? "" : error.getKeyword();
    String property = error.getProperty();
    switch (keyword) {
      case "required":
        return Problem.of(pointer + Pointers.field(property), "profile.field.missing", property);
      case "additionalProperties":
        String field = pointer.endsWith(Pointers.field(property))
            ? pointer : pointer + Pointers.field(property);
        if (Pointers.parent(field).isEmpty()) {
          return Problem.of(field, "profile.section.unknown", property, byName.keySet());
        }
        return Problem.of(field, "profile.field.unknown", property);
      case "type":
        return Problem.of(pointer, "profile.value.type", JsonTypes.label(expected(error)),
            kindOf(error.getInstanceNode()));
      case "enum":
        return Problem.of(pointer, "profile.value.enum", shown(error.getInstanceNode()),
            error.getSchemaNode() == null ? "" : error.getSchemaNode().toString());
      case "pattern":
        String pattern = error.getSchemaNode() == null ? "" : error.getSchemaNode().asText();
        String key = patternProblems.get(pattern);
        return key != null ? Problem.of(pointer, key, shown(error.getInstanceNode()))
            : Problem.of(pointer, "profile.value.pattern", shown(error.getInstanceNode()), pattern);
      default:
        return Problem.of(pointer, "profile.schema", keyword, error.getMessage());
    }
  }

  private static String expected(Error error) {
    JsonNode schemaNode = error.getSchemaNode();
    if (schemaNode == null) {
      return "?";
    }
    return schemaNode.isArray()
        ? String.join(" | ", iterable(schemaNode)) : schemaNode.asText();
  }

  private static List<String> iterable(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** The kind of JSON value {@code node} is, in the reader's language ({@code 数字}, number). */
  private static Object kindOf(JsonNode node) {
    return node == null ? "?" : JsonTypes.label(node.getNodeType().name().toLowerCase(Locale.ROOT));
  }

  private static String shown(JsonNode node) {
    if (node == null) {
      return "";
    }
    String text = node.isTextual() ? node.asText() : node.toString();
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }

  private static String pointer(NodePath path) {
    StringBuilder out = new StringBuilder();
    if (path == null) {
      return "";
    }
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      if (element instanceof Integer) {
        out.append(Pointers.index((Integer) element));
      } else {
        out.append(Pointers.field(String.valueOf(element)));
      }
    }
    return out.toString();
  }

  /** The section a pointer lies in: {@code grid} for {@code /grid/units/3}. */
  private static String sectionOf(String pointer) {
    if (pointer.isEmpty()) {
      return "";
    }
    int next = pointer.indexOf('/', 1);
    String segment = next < 0 ? pointer.substring(1) : pointer.substring(1, next);
    return segment.replace("~1", "/").replace("~0", "~");
  }

  private static List<Problem> fromBinding(Exception e, String prefix) {
    List<Problem> out = new ArrayList<>();
    for (InvalidValueException.Violation v : XiangzhiJson.violations(e)) {
      out.add(Problem.of(prefix + v.path(), v.messageKey(), v.messageArguments().toArray()));
    }
    return out;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** The sections bound so far, for the checks. */
  private static final class BoundContext implements ProfileContext {
    private final Map<String, Object> bound;

    BoundContext(Map<String, Object> bound) {
      this.bound = bound;
    }

    @Override
    public <S> Optional<S> section(Class<S> type) {
      return bound.values().stream().filter(type::isInstance).map(type::cast).findFirst();
    }
  }
}
