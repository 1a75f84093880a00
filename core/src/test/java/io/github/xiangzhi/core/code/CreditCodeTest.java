package io.github.xiangzhi.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.xiangzhi.core.code.InvalidCodeException.Reason;
import io.github.xiangzhi.testkit.core.CoreGens;
import org.junit.jupiter.api.Test;

class CreditCodeTest {

  /**
   * The index number of Anlan town's notice (000): "[ 索引号 ] 11500113009308730H/2023-00067". Its
   * first eighteen characters are a valid unified social credit code: registration authority 1
   * (机构编制), type 1 (机关), Banan district 500113, organisation code 00930873-0, check H. The
   * weighted sum of the first seventeen is 758; 758 mod 31 = 14; 31 - 14 = 17, which is H.
   */
  @Test
  void R_CORE_3_anlanNoticeIndexNumberIsAValidCreditCode() {
    CreditCode code = CreditCode.parse("11500113009308730H");
    assertThat(code.registrationAuthority()).isEqualTo('1');
    assertThat(code.organisationType()).isEqualTo('1');
    assertThat(code.divisionDigits()).isEqualTo("500113");
    assertThat(DivisionCode.parse(code.divisionDigits()))
        .isEqualTo(DivisionCode.parse("500113"));
    assertThat(code.organisationCode()).isEqualTo("009308730");
    assertThat(code.hasValidOrganisationCode()).isTrue();
    assertThat(CreditCode.checkCharacter("11500113009308730")).isEqualTo('H');
  }

  @Test
  void R_CORE_3_publishedEnterpriseCodesValidate() {
    // codes printed on the business licences of two well-known Shenzhen companies
    assertThat(CreditCode.isValid("9144030071526726XG")).isTrue(); // 腾讯科技(深圳)有限公司
    assertThat(CreditCode.isValid("914403001922038216")).isTrue(); // 华为技术有限公司
  }

  @Test
  void R_CORE_3_invalidCodesNameTheirReason() {
    assertThat(reason("11500113009308730")).isEqualTo(Reason.LENGTH);
    assertThat(reason("11500113009308730I")).isEqualTo(Reason.CHARACTER); // I is not used
    assertThat(reason("115001A3009308730H")).isEqualTo(Reason.CHARACTER); // division digits
    assertThat(reason("11500113009308730G")).isEqualTo(Reason.CHECK_CHARACTER);
    assertThatThrownBy(() -> CreditCode.parse("11500113009308730G")).hasMessage(
        "Invalid credit code '11500113009308730G': the check character should be H, not G");
  }

  @Test
  void R_CORE_3_parseOfToStringRoundTrips() {
    qt().forAll(CoreGens.creditCodeTexts()).checkAssert(text -> {
      CreditCode code = CreditCode.parse(text);
      assertThat(code.toString()).isEqualTo(text);
      assertThat(CreditCode.parse(code.toString())).isEqualTo(code);
    });
  }

  @Test
  void R_CORE_3_everySingleCharacterSubstitutionIsDetected() {
    qt().withExamples(200).forAll(CoreGens.creditCodeTexts()).checkAssert(text -> {
      for (int i = 0; i < text.length(); i++) {
        for (char c : (CoreGens.CREDIT_ALPHABET + "IOSVZ").toCharArray()) {
          if (c == text.charAt(i)) {
            continue;
          }
          String changed = text.substring(0, i) + c + text.substring(i + 1);
          assertThat(CreditCode.isValid(changed)).as(changed).isFalse();
        }
      }
    });
  }

  private static Reason reason(String text) {
    try {
      CreditCode.parse(text);
    } catch (InvalidCodeException e) {
      assertThat(e.codeType()).isEqualTo(CodeType.CREDIT_CODE);
      return e.reason();
    }
    throw new AssertionError(text + " was accepted");
  }
}
