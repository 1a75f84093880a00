package io.github.xiangzhi.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.json.XiangzhiJson;
import io.github.xiangzhi.testkit.core.CoreGens;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConductEventTest {
  private static final ObjectMapper JSON = XiangzhiJson.newMapper();

  @Test
  void eventsRoundTripThroughJson() {
    qt().forAll(CoreGens.conductEvents(List.of("PATROL_SHIFT", "MEDIATION_HELP", "RED_LIST"), 50))
        .checkAssert(event -> {
          try {
            String text = JSON.writeValueAsString(event);
            assertThat(JSON.readValue(text, ConductEvent.class)).isEqualTo(event);
          } catch (java.io.IOException e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void aPatrolShiftReadsAsWritten() throws Exception {
    ConductEvent shift = ConductEvent.builder().id("patrol:shift-7")
        .household(HouseholdId.of("h-0217")).kind("PATROL_SHIFT")
        .occurredAt(Instant.parse("2024-03-05T12:00:00Z")).quantity(2).source("patrol")
        .reference("shift-7").build();
    assertThat(JSON.writeValueAsString(shift)).isEqualTo("{\"id\":\"patrol:shift-7\","
        + "\"household\":\"h-0217\",\"kind\":\"PATROL_SHIFT\","
        + "\"occurredAt\":\"2024-03-05T12:00:00Z\",\"quantity\":2,\"source\":\"patrol\","
        + "\"reference\":\"shift-7\"}");
    assertThat(shift.quantity()).hasValue(2);
    assertThat(shift.note()).isEmpty();
  }

  @Test
  void everyBrokenFieldIsNamed() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> ConductEvent.builder().id(" bad").household(HouseholdId.of("h-1"))
            .kind("patrol shift").occurredAt(Instant.EPOCH).quantity(0).source(" ").build());
    assertThat(e.violations()).extracting(InvalidValueException.Violation::path)
        .containsExactly("/id", "/kind", "/quantity", "/source");
    assertThat(e.violations().get(2).message(Locale.ENGLISH))
        .isEqualTo("Invalid event quantity 0: a quantity must be positive");
    assertThat(e.violations().get(2).message(Locale.CHINA)).isEqualTo("事件数量 0 无效:数量必须为正数");
  }
}
