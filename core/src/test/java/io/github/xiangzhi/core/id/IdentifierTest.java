package io.github.xiangzhi.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.xiangzhi.core.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The identifier grammar, against a regular expression that states it plainly. */
class IdentifierTest {
  /** 1 to 64 letters, digits and {@code . _ : / -}, starting with a letter or digit. */

  private static boolean naive(String s) {
    if (s.isEmpty() || s.length() > 64) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = Character.isLetterOrDigit(c) || (i > 0 && ".:_/-".indexOf(c) >= 0);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Characters near every edge of the grammar: ASCII, punctuation, CJK, other scripts. */
  private static Gen<String> texts() {
    List<Character> edges = List.of('0', '9', 'a', 'z', 'A', 'Z', '@', '[', '`', '{', '/', ':',
        '.', '_', '-', ' ', '\u007f', '\u0080', '\u00e9', '乡', '治', '\u3000', '\uff10', '?',
        '\\', '\u0000', '~', '\u00b2', '\u2160');
    Gen<Character> chars = integers().between(0, edges.size() * 2 - 1)
        .map(i -> i < edges.size() ? edges.get(i) : (char) (i * 37 % 0x3000));
    return lists().of(chars).ofSizeBetween(0, 70).map(cs -> {
      StringBuilder b = new StringBuilder();
      cs.forEach(b::append);
      return b.toString();
    });
  }

  @Test
  void isValidAgreesWithTheGrammarCharacterByCharacter() {
    qt().withExamples(5_000).forAll(texts())
        .checkAssert(s -> assertThat(Identifier.isValid(s)).as(s).isEqualTo(naive(s)));
  }

  @Test
  void everyAsciiCharacterIsJudgedAsTheGrammarSaysFirstAndAfter() {
    for (char c = 0; c < 256; c++) {
      assertThat(Identifier.isValid(String.valueOf(c))).as("first %s", (int) c)
          .isEqualTo(Character.isLetterOrDigit(c));
      boolean after = Character.isLetterOrDigit(c) || ".:_/-".indexOf(c) >= 0;
      assertThat(Identifier.isValid("a" + c)).as("after %s", (int) c).isEqualTo(after);
    }
  }

  @Test
  void lengthsFromOneToSixtyFourAreAccepted() {
    assertThat(Identifier.isValid("")).isFalse();
    assertThat(Identifier.isValid("a")).isTrue();
    assertThat(Identifier.isValid("a".repeat(64))).isTrue();
    assertThat(Identifier.isValid("a".repeat(65))).isFalse();
    assertThat(Identifier.isValid("乡治-2024:07/village_1.a")).isTrue();
  }

  @Test
  void aBadIdIsRefusedNamingItsValue() {
    assertThatThrownBy(() -> HouseholdId.of("-h1")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("-h1");
  }
}
