package io.github.xiangzhi.examples.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.XiangzhiException;
import io.github.xiangzhi.core.json.XiangzhiJson;
import io.github.xiangzhi.core.profile.ProfileLoader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * {@code --set path=value}: changes to a profile document before it is loaded, so the loader
 * checks the result like any profile.
 *
 * <p>A path names fields of the document from the section down, separated by dots: {@code
 * rating.targets.starred=50%}, {@code rating.targets.highStars=5}, {@code
 * simulation.propensity=0.6}, {@code simulation.propensities=[{code: LAW_ABIDING, value: 0.9}]}.
 * An element of a list
 * is named by its position from 0 or, when its elements have codes, by its code: {@code
 * rating.scheme.categories.LAW_ABIDING.passMark=70} is the same as {@code
 * rating.scheme.categories.6.passMark=70} in the Changzhi scheme. The value is read as YAML: {@code
 * 0.5} is a number, {@code 50%} and {@code CHANGZHI} text, {@code true} a yes-or-no, {@code [A, B]}
 * a list.
 *
 * <p>Aliases: {@code rating.targets.participationShare}, {@code starredShare} and {@code
 * highStarredShare} name {@code participation}, {@code starred} and {@code highStarred} (the
 * spelling of issue 9's example, {@code rating.targets.starredShare=0.5}).
 *
 * <p>Every path is checked against the profile's JSON Schema first: a field the schema lacks is a
 * {@link XiangzhiException} ({@code cli.simulate.set.unknown}) naming the path, before anything is
 * changed. The command applies the changes to the loaded profile written back as a tree, so a
 * section that starts from a preset already holds the preset's fields.
 */
public final class ProfileOverrides {
  private ProfileOverrides() {}

  /** Alias → field, under {@code rating.targets}. */
  public static final ImmutableMap<String, String> TARGET_ALIASES = ImmutableMap.of(
      "participationShare", "participation", "starredShare", "starred",
      "highStarredShare", "highStarred");

  private static final ObjectMapper YAML = XiangzhiJson.newYamlMapper();

  /** One parsed assignment. */
  static final class Assignment {
    final String text;
    final List<String> path;
    final JsonNode value;

    Assignment(String text, List<String> path, JsonNode value) {
      this.text = text;
      this.path = path;
      this.value = value;
    }
  }

  /** The body of section {@code section}'s preset {@code code}, as a tree. */
  public static Optional<JsonNode> preset(ProfileLoader loader, String section, String code) {
    return loader.sectionType(section).map(t -> t.presets().get(code)).map(ProfileOverrides::readYaml);
  }

  private static JsonNode readYaml(String text) {
    try {
      return YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a built-in preset is not well-formed", e);
    }
  }

  /**
   * Applies {@code assignments} ({@code path=value}) to {@code document} in order, after checking
   * every one against {@code loader}'s schema; on an error the document is unchanged.
   *
   * @throws XiangzhiException {@code cli.simulate.set.syntax} for text without {@code =} or
   *     without a path, {@code cli.simulate.set.unknown} for a path the schema lacks, {@code
   *     cli.simulate.set.element} for a list element that is not there
   */
  public static void apply(ObjectNode document, List<String> assignments, ProfileLoader loader) {
    ObjectNode schema = loader.jsonSchema();
    List<Assignment> parsed = new ArrayList<>();
    for (String text : assignments) {
      Assignment assignment = parse(text);
      checkPath(schema, assignment);
      parsed.add(assignment);
    }
    ObjectNode copy = document.deepCopy();
    for (Assignment assignment : parsed) {
      set(copy, assignment);
    }
    document.removeAll();
    document.setAll(copy);
  }

  static Assignment parse(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0) {
      throw new XiangzhiException("cli.simulate.set.syntax", text);
    }
    String pathText = text.substring(0, eq).strip();
    String valueText = text.substring(eq + 1).strip();
    List<String> path = new ArrayList<>(List.of(pathText.split("\\.", -1)));
    if (path.stream().anyMatch(String::isEmpty) || valueText.isEmpty()) {
      throw new XiangzhiException("cli.simulate.set.syntax", text);
    }
    if (path.size() == 3 && path.get(0).equals("rating") && path.get(1).equals("targets")
        && TARGET_ALIASES.containsKey(path.get(2))) {
      path.set(2, TARGET_ALIASES.get(path.get(2)));
    }
    JsonNode value;
    try {
      value = YAML.readTree(valueText);
    } catch (JsonProcessingException e) {
      value = null;
    }
    if (value == null || value.isMissingNode()) {
      value = TextNode.valueOf(valueText);
    }
    return new Assignment(text, List.copyOf(path), value);
  }

  /** Walks {@code schema} along the path: every field must be one the schema allows. */
  private static void checkPath(ObjectNode schema, Assignment assignment) {
    List<JsonNode> here = List.of(schema);
    StringBuilder pointer = new StringBuilder();
    for (String segment : assignment.path) {
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode candidate : expand(schema, here)) {
        JsonNode properties = candidate.get("properties");
        if (properties != null && properties.has(segment)) {
          next.add(properties.get(segment));
        } else if (isArray(candidate) && candidate.has("items")) {
          next.add(candidate.get("items"));
        } else if (candidate.path("additionalProperties").isObject()) {
          next.add(candidate.get("additionalProperties"));
        }
      }
      pointer.append('/').append(segment);
      if (next.isEmpty()) {
        throw new XiangzhiException("cli.simulate.set.unknown", assignment.text,
            pointer.toString());
      }
      here = next;
    }
  }

  private static boolean isArray(JsonNode schema) {
    JsonNode type = schema.get("type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (t.asText().equals("array")) {
          return true;
        }
      }
      return false;
    }
    return type.asText().equals("array");
  }

  /** The schemas {@code nodes} stand for, with {@code $ref}s resolved and alternatives opened. */
  private static List<JsonNode> expand(ObjectNode root, List<JsonNode> nodes) {
    List<JsonNode> out = new ArrayList<>();
    List<JsonNode> work = new ArrayList<>(nodes);
    int guard = 0;
    while (!work.isEmpty() && guard++ < 1000) {
      JsonNode node = work.remove(work.size() - 1);
      if (node.has("$ref")) {
        String ref = node.get("$ref").asText();
        if (ref.startsWith("#/")) {
          work.add(root.at(ref.substring(1)));
        }
      }
      for (String key : new String[] {"anyOf", "oneOf", "allOf"}) {
        if (node.has(key)) {
          node.get(key).forEach(work::add);
        }
      }
      out.add(node);
    }
    return out;
  }

  private static void set(ObjectNode document, Assignment assignment) {
    JsonNode node = document;
    StringBuilder pointer = new StringBuilder();
    List<String> path = assignment.path;
    for (int i = 0; i < path.size(); i++) {
      String segment = path.get(i);
      boolean last = i == path.size() - 1;
      pointer.append('/').append(segment);
      if (node.isArray()) {
        ArrayNode array = (ArrayNode) node;
        int index = elementIndex(array, segment);
        if (index < 0) {
          throw new XiangzhiException("cli.simulate.set.element", assignment.text,
              pointer.toString());
        }
        if (last) {
          array.set(index, assignment.value);
          return;
        }
        node = array.get(index);
      } else if (node.isObject()) {
        ObjectNode object = (ObjectNode) node;
        if (last) {
          object.set(segment, assignment.value);
          return;
        }
        JsonNode child = object.get(segment);
        if (child == null || child.isNull()) {
          child = object.putObject(segment);
        }
        node = child;
      } else {
        // a value where the schema has an object: the loader will say what is wrong with it
        throw new XiangzhiException("cli.simulate.set.element", assignment.text,
            pointer.toString());
      }
    }
  }

  /** The position {@code segment} names in {@code array}: a number, or an element's code. */
  private static int elementIndex(ArrayNode array, String segment) {
    if (segment.chars().allMatch(Character::isDigit) && segment.length() <= 9) {
      int index = Integer.parseInt(segment);
      return index < array.size() ? index : -1;
    }
    int i = 0;
    for (Iterator<JsonNode> it = array.elements(); it.hasNext(); i++) {
      JsonNode element = it.next();
      if (element.isObject() && segment.equals(element.path("code").asText(null))) {
        return i;
      }
    }
    return -1;
  }
}
