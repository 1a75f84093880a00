package io.github.xiangzhi.grid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.grid.change.HierarchyChange;
import io.github.xiangzhi.grid.element.ElementKind;
import io.github.xiangzhi.grid.hierarchy.HierarchyProblem;
import io.github.xiangzhi.grid.staff.StaffingRule;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class GridMessagesTest {

  @Test
  void bothBundlesHaveTheSameKeysAllPrefixedGrid() throws Exception {
    Properties english = load("/io/github/xiangzhi/grid/messages.properties");
    Properties chinese = load("/io/github/xiangzhi/grid/messages_zh.properties");
    assertThat(chinese.keySet()).isEqualTo(english.keySet());
    assertThat(english.stringPropertyNames()).allSatisfy(k -> assertThat(k).startsWith("grid."));
  }

  @Test
  void everyEnumShownToPeopleHasATextInBothLanguages() {
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
      for (HierarchyProblem.Kind kind : HierarchyProblem.Kind.values()) {
        assertThat(Messages.has(kind.messageKey())).as(kind.messageKey()).isTrue();
        assertThat(kind.text(locale)).doesNotStartWith("grid.");
      }
      for (HierarchyChange.Kind kind : HierarchyChange.Kind.values()) {
        assertThat(kind.text(locale)).doesNotStartWith("grid.");
        assertThat(Messages.has("grid.change.describe." + kind.name())).isTrue();
      }
      for (ElementKind kind : ElementKind.values()) {
        assertThat(kind.text(locale)).doesNotStartWith("grid.");
      }
      for (StaffingRule.Kind kind : StaffingRule.Kind.values()) {
        assertThat(kind.text(locale)).doesNotStartWith("grid.");
      }
    }
  }

  static Properties load(String resource) throws Exception {
    Properties p = new Properties();
    try (InputStream in = GridMessagesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
