package io.github.xiangzhi.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xiangzhi.core.code.InvalidCodeException.Reason;
import io.github.xiangzhi.core.json.XiangzhiJson;
import io.github.xiangzhi.core.privacy.Disclosure;
import io.github.xiangzhi.core.privacy.Permission;
import io.github.xiangzhi.testkit.core.CoreGens;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResidentIdTest {

  /** Banan district, born 1 March 1990, sequence 123: check character computed by hand below. */
  private static final String BODY = "50011319900301123";

  @Test
  void R_CORE_2_checkCharacterFollowsIso7064Mod11_2() {
    // weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 over 5 0 0 1 1 3 1 9 9 0 0 3 0 1 1 2 3:
    // 35+0+0+5+8+12+2+9+54+0+0+27+0+5+8+8+6 = 179; 179 mod 11 = 3; (12 - 3) mod 11 = 9
    assertThat(ResidentId.checkCharacter(BODY)).isEqualTo('9');
    // a body whose sum leaves 2, so the check value is 10, written X
    assertThat(ResidentId.checkCharacter("11010519491231002")).isEqualTo('X');
    assertThat(ResidentId.isValid("11010519491231002X")).isTrue();
    assertThat(ResidentId.isValid("11010519491231002x")).isTrue();
    assertThat(ResidentId.parse("11010519491231002x").reveal()).isEqualTo("11010519491231002X");
  }

  @Test
  void R_CORE_2_birthDateAndSexAreRead() {
    ResidentId id = ResidentId.parse(BODY + "9");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1990, 3, 1));
    assertThat(id.sex()).isEqualTo(Sex.MALE); // sequence 123 is odd
    assertThat(id.addressCode()).isEqualTo("500113");
    String female = "50011319900301124";
    assertThat(ResidentId.parse(female + ResidentId.checkCharacter(female)).sex())
        .isEqualTo(Sex.FEMALE);
  }

  @Test
  void R_CORE_2_maskedInToStringAndRevealedOnlyOnRequest() {
    ResidentId id = ResidentId.parse(BODY + "9");
    assertThat(id).hasToString("500113********1239");
    assertThat(id.masked()).isEqualTo("500113********1239");
    assertThat(id.reveal()).isEqualTo(BODY + "9");
  }

  @Test
  void R_CORE_2_jsonIsMaskedUnlessTheWriterHasPermission() throws Exception {
    ObjectMapper mapper = XiangzhiJson.newMapper();
    ResidentId id = ResidentId.parse(BODY + "9");
    assertThat(mapper.writeValueAsString(id)).isEqualTo("\"500113********1239\"");
    assertThat(Disclosure.of(Permission.SPECIAL_GROUPS).applyTo(mapper.writer())
        .writeValueAsString(id)).isEqualTo("\"500113********1239\"");
    String revealed =
        Disclosure.of(Permission.RESIDENT_ID).applyTo(mapper.writer()).writeValueAsString(id);
    assertThat(revealed).isEqualTo("\"" + BODY + "9\"");
    assertThat(mapper.readValue(revealed, ResidentId.class)).isEqualTo(id);
    assertThatThrownBy(() -> mapper.readValue("\"500113********1239\"", ResidentId.class))
        .isInstanceOf(InvalidCodeException.class);
  }

  @Test
  void R_CORE_2_invalidIdsNameTheReasonWithoutRevealingTheId() {
    assertThat(reason("5001131990030112")).isEqualTo(Reason.LENGTH);
    assertThat(reason("50011319900301123A")).isEqualTo(Reason.CHARACTER);
    assertThat(reason("5001131990a301123" + "9")).isEqualTo(Reason.CHARACTER);
    assertThat(reason("990113199003011239")).isEqualTo(Reason.PROVINCE);
    String feb30 = "50011319900230123";
    assertThat(reason(feb30 + ResidentId.checkCharacter(feb30))).isEqualTo(Reason.DATE);
    assertThat(reason(BODY + "8")).isEqualTo(Reason.CHECK_CHARACTER);
    assertThatThrownBy(() -> ResidentId.parse(BODY + "8"))
        .hasMessage("Invalid resident id '500113********1238': the check character should be 9,"
            + " not 8")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("19900301"));
    InvalidCodeException chinese = catchId(BODY + "8");
    assertThat(chinese.message(Locale.CHINA))
        .isEqualTo("公民身份号码“500113********1238”无效:校验码应为 9,实为 8");
    // a wrong digit inside the birth date is not shown either
    assertThat(catchId("5001131990x301123" + "9").getMessage()).doesNotContain("1990");
  }

  @Test
  void R_CORE_2_parseOfRevealRoundTrips() {
    qt().forAll(CoreGens.residentIdTexts()).checkAssert(text -> {
      ResidentId id = ResidentId.parse(text);
      assertThat(id.reveal()).isEqualTo(text);
      assertThat(ResidentId.parse(id.reveal())).isEqualTo(id);
      assertThat(ResidentId.isValid(text)).isTrue();
    });
  }

  @Test
  void R_CORE_2_everySingleCharacterSubstitutionIsDetected() {
    String alphabet = "0123456789X";
    qt().withExamples(300).forAll(CoreGens.residentIdTexts()).checkAssert(text -> {
      for (int i = 0; i < text.length(); i++) {
        for (char c : alphabet.toCharArray()) {
          if (c == text.charAt(i)) {
            continue;
          }
          String changed = text.substring(0, i) + c + text.substring(i + 1);
          assertThat(ResidentId.isValid(changed)).as(changed).isFalse();
          assertThatThrownBy(() -> ResidentId.parse(changed)).as(changed)
              .isInstanceOf(InvalidCodeException.class);
        }
      }
    });
  }

  private static Reason reason(String text) {
    return catchId(text).reason();
  }

  private static InvalidCodeException catchId(String text) {
    assertThat(ResidentId.isValid(text)).as(text).isFalse();
    try {
      ResidentId.parse(text);
    } catch (InvalidCodeException e) {
      assertThat(e.codeType()).isEqualTo(CodeType.RESIDENT_ID);
      return e;
    }
    throw new AssertionError(text + " was accepted");
  }
}
