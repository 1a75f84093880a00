package io.github.xiangzhi.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.core.time.Holiday;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Reading values back: bad text is refused with violations at JSON pointers, never Jackson's. */
class XiangzhiJsonTest {
  private static final ObjectMapper JSON = XiangzhiJson.newMapper();

  static InvalidValueException refusal(String json, Class<?> type) {
    InvalidValueException e = catchThrowableOfType(
        () -> XiangzhiJson.read(JSON, json, type), InvalidValueException.class);
    assertThat(e).as("refused: %s", json).isNotNull();
    return e;
  }

  @Test
  void aValueReadsBack() {
    Holiday holiday = Holiday.of("春节", LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 22));
    assertThat(XiangzhiJson.read(JSON, "{\"name\":\"春节\",\"from\":\"2026-02-16\","
        + "\"to\":\"2026-02-22\"}", Holiday.class)).isEqualTo(holiday);
  }

  @Test
  void textThatIsNotWellFormedNamesItsLineAndColumn() {
    InvalidValueException e = refusal("{\"name\": \"春节\",\n  \"from\" \"2026-02-16\"}",
        Holiday.class);
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEmpty();
      assertThat(v.messageKey()).isEqualTo("json.syntax");
      assertThat(v.messageArguments().subList(0, 2)).containsExactly(2, 10);
      assertThat(v.message(Locale.CHINA)).startsWith("第 2 行第 10 列:文本格式错误:");
    });
  }

  @Test
  void textAfterTheValueIsRefused() {
    String holiday = "{\"name\":\"春节\",\"from\":\"2026-02-16\",\"to\":\"2026-02-22\"}";
    assertThat(refusal(holiday + "\n" + holiday, Holiday.class).violations())
        .extracting(Object::toString).containsExactly("Line 2, column 1: text after the value");
    assertThat(refusal(holiday + "}", Holiday.class).violations())
        .extracting(v -> v.messageKey() + " " + v.messageArguments().subList(0, 2))
        .containsExactly("json.syntax [1, 52]"); // the stray brace, one past the value
    assertThat(refusal(holiday + " garbage", Holiday.class).violations())
        .extracting(v -> v.messageKey()).containsExactly("json.syntax");
  }

  @Test
  void noValueAtAllIsRefused() {
    for (String nothing : new String[] {"null", "", " \n "}) {
      assertThat(refusal(nothing, Holiday.class).violations()).extracting(Object::toString)
          .containsExactly("The text holds no value");
    }
    ObjectMapper yaml = XiangzhiJson.newYamlMapper();
    for (String nothing : new String[] {"# nothing\n", "---\n", "~\n"}) {
      assertThat(catchThrowableOfType(() -> XiangzhiJson.read(yaml, nothing, Holiday.class),
          InvalidValueException.class).violations()).as(nothing).extracting(Object::toString)
          .containsExactly("The text holds no value");
    }
    assertThat(XiangzhiJson.read(yaml, "name: 春节\nfrom: 2026-02-16\nto: 2026-02-22\n",
        Holiday.class).name()).isEqualTo("春节");
  }

  @Test
  void unknownFieldsWrongTypesAndBadFormatsAreNamedByPointer() {
    assertThat(refusal("{\"name\":\"春节\",\"from\":\"2026-02-16\",\"to\":\"2026-02-22\","
        + "\"colour\":\"red\"}", Holiday.class).violations()).extracting(Object::toString)
        .containsExactly("/colour: Unknown field 'colour'");
    assertThat(refusal("{\"name\":\"春节\",\"from\":\"2026-02-16\",\"to\":\"2026-02-22\","
        + "\"a/b~c\":1}", Holiday.class).violations()).extracting(v -> v.path())
        .containsExactly("/a~1b~0c"); // RFC 6901 escapes
    assertThat(refusal("{\"name\":\"春节\",\"from\":\"2026-02-30\",\"to\":\"2026-02-22\"}",
        Holiday.class).violations()).extracting(v -> v.path() + " " + v.messageKey())
        .containsExactly("/from profile.value.format");
    assertThat(refusal("{\"name\":[1],\"from\":\"2026-02-16\",\"to\":\"2026-02-22\"}",
        Holiday.class).violations()).extracting(Object::toString)
        .containsExactly("/name: Wrong type: expected string, found array");
    assertThat(refusal("{\"zone\":\"Asia/Shanghai\",\"holidays\":{}}",
        GovernanceCalendar.class).violations()).extracting(Object::toString)
        .containsExactly("/holidays: Wrong type: expected array, found object");
    // Jackson's "Unexpected token (VALUE_NUMBER_INT), expected VALUE_STRING": found a number
    assertThat(refusal("{\"zone\":5}", GovernanceCalendar.class).violations())
        .extracting(Object::toString)
        .containsExactly("/zone: Wrong type: expected ZoneId, found number");
    assertThat(refusal("{\"zone\":\"Asia/Shanghai\",\"holidays\":7}",
        GovernanceCalendar.class).violations().get(0).message(Locale.CHINA))
        .isEqualTo("类型错误:应为 列表,实为 数字");
  }

  @Test
  void aKeyGivenTwiceIsRefusedAtItsPointerNotSilentlyOverwritten() {
    InvalidValueException e = refusal("{\"zone\":\"Asia/Shanghai\",\"holidays\":["
        + "{\"name\":\"春节\",\"from\":\"2026-02-16\",\"to\":\"2026-02-22\",\"name\":\"x\"}]}",
        GovernanceCalendar.class);
    assertThat(e.violations()).extracting(Object::toString)
        .containsExactly("/holidays/0/name: Key 'name' appears twice here");
    assertThat(e.violations().get(0).message(Locale.CHINA)).isEqualTo("键“name”在此重复出现");
  }

  @Test
  void textNotWellFormedInsideAValueNamesTheValueAndTheLine() {
    InvalidValueException e = refusal("{\"zone\":\"Asia/Shanghai\",\"holidays\":[\n"
        + "{\"name\":\"春节\",\"from\":\"2026-02-16\" ]}", GovernanceCalendar.class);
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("/holidays/0");
      assertThat(v.messageKey()).isEqualTo("json.syntax");
      assertThat(v.messageArguments().subList(0, 2)).containsExactly(2, 34);
      assertThat(v.messageArguments().get(2).toString()).doesNotContain("starting at");
    });
  }

  @Test
  void aDateGivenAsANumberIsRefusedNotReadAsDaysSince1970() {
    assertThat(refusal("{\"name\":\"春节\",\"from\":20260216,\"to\":\"2026-02-22\"}",
        Holiday.class).violations()).extracting(Object::toString)
        .containsExactly("/from: Wrong type: expected LocalDate, found number");
  }

  /** A value with a whole-number field. */
  static final class Count {
    public int n;
  }

  @Test
  void aNumberTooLargeForItsFieldNamesTheNumberAndTheBoundsNotJacksonsText() {
    InvalidValueException e = refusal("{\"n\": 99999999999}", Count.class);
    assertThat(e.violations()).extracting(Object::toString).containsExactly(
        "/n: Number 99999999999 is out of range: -2147483648 to 2147483647");
    assertThat(e.violations().get(0).message(Locale.CHINA))
        .isEqualTo("数字 99999999999 超出取值范围:-2147483648 至 2147483647");
    assertThat(XiangzhiJson.read(JSON, "{\"n\": 2147483647}", Count.class).n)
        .isEqualTo(Integer.MAX_VALUE);
  }

  /** A type Jackson cannot build: abstract, with no subtypes it knows. */
  abstract static class Opaque {}

  @Test
  void aTypeThatCannotBeReadFromJsonSaysSo() {
    assertThat(refusal("{}", Opaque.class).violations()).extracting(Object::toString)
        .containsExactly("Type Opaque cannot be read from JSON");
  }

  @Test
  void aNullElementIsNamedByItsOwnPointerNotByTheCollectionsClass() {
    InvalidValueException e = refusal("{\"zone\":\"Asia/Shanghai\",\"holidays\":["
        + "{\"name\":\"春节\",\"from\":\"2026-02-16\",\"to\":\"2026-02-22\"},null]}",
        GovernanceCalendar.class);
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("/holidays/1");
      assertThat(v.messageKey()).isEqualTo("json.element.null");
      assertThat(v.message(Locale.CHINA)).isEqualTo("此处没有取值:列表中不能有 null");
    });
  }

  @Test
  void aValuesOwnRefusalKeepsItsKeysBelowThePointerOfTheValue() {
    InvalidValueException e = refusal("{\"zone\":\"Asia/Shanghai\",\"holidays\":["
        + "{\"name\":\"春节\",\"from\":\"2026-02-16\",\"to\":\"2026-02-22\"},"
        + "{\"name\":\"国庆\",\"from\":\"2026-10-07\",\"to\":\"2026-10-01\"}]}",
        GovernanceCalendar.class);
    assertThat(e.violations()).isNotEmpty().allSatisfy(
        v -> assertThat(v.path()).startsWith("/holidays/1"));
    assertThat(e.violations().get(0).messageKey()).startsWith("core.");
  }
}
