package io.github.xiangzhi.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.Share;
import io.github.xiangzhi.core.code.CreditCode;
import io.github.xiangzhi.core.code.DivisionCode;
import io.github.xiangzhi.core.code.InvalidCodeException;
import io.github.xiangzhi.core.code.ResidentId;
import io.github.xiangzhi.core.time.GovernancePeriod;
import java.util.Locale;

/**
 * Jazzer fuzz tests of the code parsers: any text parses to a value that prints back to itself, or
 * is rejected with the parser's typed exception, whose messages render in both languages; never
 * another exception. A plain build replays the committed corpus; fuzz for real with
 * {@code JAZZER_FUZZ=1 ./mvnw -pl core test -Dtest=CodeParsersFuzzTest}.
 */
class CodeParsersFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void R_CORE_1_divisionCodes(@NotNull String text) {
    try {
      DivisionCode code = DivisionCode.parse(text);
      assertThat(DivisionCode.parse(code.toString())).isEqualTo(code);
      assertThat(DivisionCode.isValid(text)).isTrue();
    } catch (InvalidCodeException e) {
      rendered(e);
      assertThat(DivisionCode.isValid(text)).isFalse();
    }
  }

  @FuzzTest(maxDuration = "30s")
  void R_CORE_2_residentIds(@NotNull String text) {
    boolean valid = ResidentId.isValid(text);
    try {
      ResidentId id = ResidentId.parse(text);
      assertThat(valid).isTrue();
      assertThat(id.toString()).doesNotContain(id.reveal().substring(6, 14));
      assertThat(ResidentId.parse(id.reveal())).isEqualTo(id);
    } catch (InvalidCodeException e) {
      assertThat(valid).isFalse();
      String message = rendered(e);
      if (text.length() == ResidentId.LENGTH
          && text.substring(6, 14).chars().allMatch(c -> c >= '0' && c <= '9')) {
        assertThat(message).doesNotContain(text.substring(6, 14));
      }
    }
  }

  @FuzzTest(maxDuration = "30s")
  void R_CORE_3_creditCodes(@NotNull String text) {
    try {
      CreditCode code = CreditCode.parse(text);
      assertThat(code.toString()).isEqualTo(text);
    } catch (InvalidCodeException e) {
      rendered(e);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void R_CORE_5_periodsAndShares(@NotNull String text) {
    try {
      GovernancePeriod period = GovernancePeriod.parse(text);
      assertThat(GovernancePeriod.parse(period.toString())).isEqualTo(period);
    } catch (InvalidValueException e) {
      rendered(e);
    }
    try {
      Share share = Share.parse(text);
      assertThat(Share.parse(share.toString())).isEqualTo(share);
    } catch (InvalidValueException e) {
      rendered(e);
    }
  }

  private static String rendered(InvalidValueException e) {
    assertThat(e.message(Locale.CHINA)).isNotBlank();
    String english = e.getMessage();
    assertThat(english).isNotBlank();
    return english;
  }
}
