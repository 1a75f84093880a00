package io.github.xiangzhi.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xiangzhi.core.json.XiangzhiJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Random and mutated documents give a valid profile or a {@link ProfileException} with at least
 * one problem, never another exception.
 */
class ProfileFuzzTest {
  private static final ProfileLoader LOADER = ProfileLoader.standard();
  private static final ObjectMapper YAML = XiangzhiJson.newYamlMapper();

  private static final String SEED = ProfileLoaderTest.VALID
      + "  # a comment\n"
      + new CoreSections.Calendar().presets().get("CHINA_2024_2025").lines()
          .filter(l -> l.startsWith("  - {date"))
          .map(l -> "  " + l).reduce("", (a, b) -> a + b + "\n");

  @Test
  void R_CORE_6_textMutationsNeverEscapeAsAnythingButProfileException() {
    Gen<List<int[]>> edits = lists().of(integers().between(0, Integer.MAX_VALUE)
        .zip(integers().between(0, 4), integers().between(0, 127),
            (at, kind, c) -> new int[] {at, kind, c})).ofSizeBetween(1, 6);
    qt().withExamples(400).forAll(edits).checkAssert(list -> {
      StringBuilder text = new StringBuilder(SEED);
      for (int[] e : list) {
        int at = text.length() == 0 ? 0 : e[0] % text.length();
        char c = "{}[]:,-'\"#&*!|>%@`\t\n 0aZ?".charAt(e[2] % 24);
        switch (e[1]) {
          case 0:
            if (text.length() > 0) {
              text.deleteCharAt(at);
            }
            break;
          case 1:
            text.insert(at, c);
            break;
          case 2:
            if (text.length() > 0) {
              text.setCharAt(at, c);
            }
            break;
          case 3:
            text.insert(at, (char) e[2]);
            break;
          default:
            text.setLength(at);
        }
      }
      loadsOrReportsProblems(text.toString());
    });
  }

  @Test
  void R_CORE_6_treeMutationsNeverEscapeAsAnythingButProfileException() throws Exception {
    JsonNode seed = YAML.readTree(SEED);
    Gen<JsonNode> randomValues = integers().between(0, 9).zip(strings().allPossible()
        .ofLengthBetween(0, 12), (kind, s) -> randomValue(kind, s));
    Gen<List<Object[]>> mutations = lists().of(integers().between(0, Integer.MAX_VALUE)
        .zip(randomValues, (at, value) -> new Object[] {at, value})).ofSizeBetween(1, 4);
    qt().withExamples(400).forAll(mutations).checkAssert(list -> {
      JsonNode doc = seed.deepCopy();
      for (Object[] m : list) {
        List<JsonNode> containers = new ArrayList<>();
        collect(doc, containers);
        JsonNode target = containers.get((Integer) m[0] % containers.size());
        JsonNode value = (JsonNode) m[1];
        if (target.isObject()) {
          ObjectNode o = (ObjectNode) target;
          List<String> names = new ArrayList<>();
          o.fieldNames().forEachRemaining(names::add);
          if (names.isEmpty() || (Integer) m[0] % 5 == 0) {
            o.set("f" + ((Integer) m[0] % 7), value);
          } else {
            o.set(names.get((Integer) m[0] % names.size()), value);
          }
        } else {
          ArrayNode a = (ArrayNode) target;
          if (a.isEmpty() || (Integer) m[0] % 3 == 0) {
            a.add(value);
          } else {
            a.set((Integer) m[0] % a.size(), value);
          }
        }
      }
      try {
        loadsOrReportsProblems(YAML.writeValueAsString(doc));
        loadsOrReportsProblems(XiangzhiJson.newMapper().writeValueAsString(doc));
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void R_CORE_6_randomTextNeverEscapesAsAnythingButProfileException() {
    qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 200))
        .checkAssert(ProfileFuzzTest::loadsOrReportsProblems);
    qt().withExamples(300).forAll(lists().of(arbitrary().pick(List.of("profile:", " id:", " x",
        "\n", "  ", "- ", "{", "}", "[", "]", ":", "name: 镇", "calendar:", "&a", "*a", "!!int",
        "'", "\"", "---", "...", "#", "2024-02-30", "weekend: [MONDAY]"))).ofSizeBetween(0, 40))
        .checkAssert(parts -> loadsOrReportsProblems(String.join("", parts)));
  }

  private static void loadsOrReportsProblems(String text) {
    try {
      CountyProfile profile = LOADER.parse(text, "fuzz.yaml");
      assertThat(profile.info()).isNotNull();
    } catch (ProfileException e) {
      assertThat(e.problems()).isNotEmpty();
      e.problems().forEach(p -> assertThat(p.message(java.util.Locale.CHINA)).isNotBlank());
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError("escaped for:\n" + text, e);
    }
  }

  private static JsonNode randomValue(int kind, String s) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (kind) {
      case 0:
        return f.textNode(s);
      case 1:
        return f.numberNode(s.length() - 3);
      case 2:
        return f.numberNode(new java.math.BigDecimal("1e" + s.length() * 40));
      case 3:
        return f.booleanNode(s.isEmpty());
      case 4:
        return f.nullNode();
      case 5:
        return f.arrayNode().add(s);
      case 6:
        return f.objectNode().put("code", s);
      case 7:
        return f.textNode("2024-02-" + (s.length() + 20));
      case 8:
        return f.textNode(s.toUpperCase(java.util.Locale.ROOT));
      default:
        return f.objectNode();
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.forEach(child -> collect(child, out));
    }
  }
}
