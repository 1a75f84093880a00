package io.github.xiangzhi.mediation.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.json.XiangzhiJson;
import io.github.xiangzhi.testkit.mediation.Fixtures;
import io.github.xiangzhi.testkit.mediation.TestDockets;
import org.junit.jupiter.api.Test;

/** Matters persist as JSON and come back checked; personal details stay out of toString. */
class MatterJsonTest {

  static final MatterId M = MatterId.of("m-1");
  static final ObjectMapper JSON = XiangzhiJson.newMapper();

  static Matter aResolvedMatter() {
    Docket d = TestDockets.weituo(Fixtures.at("2024-03-04"));
    d.open(TestDockets.report("m-1", MatterKind.NEIGHBOUR, Severity.ORDINARY, "liwan-1-a"),
        Fixtures.at("2024-03-04"));
    d.file(M, Fixtures.at("2024-03-04"));
    d.escalate(M, EscalationReason.FAILED, Fixtures.at("2024-03-05"));
    d.assign(M, TestDockets.everyone(d.policy()), Fixtures.at("2024-03-05"));
    d.investigate(M, Fixtures.at("2024-03-06"));
    d.resolve(M, Feedback.builder().outcome(Outcome.AGREEMENT).agreement("调解协议书第17号")
        .satisfaction(Satisfaction.SATISFIED).build(), Fixtures.at("2024-03-07"));
    return d.matter(M);
  }

  @Test
  void R_MED_4_aMatterRoundTripsThroughJsonWithItsWholeHistory() throws Exception {
    Matter matter = aResolvedMatter();
    String text = JSON.writeValueAsString(matter);
    Matter back = JSON.readValue(text, Matter.class);
    assertThat(back).isEqualTo(matter);
    assertThat(back.state()).isEqualTo(MatterState.RESOLVED);
    assertThat(back.resolvedTier()).contains("VILLAGE");
    assertThat(back.entryTier()).contains("GRID");
    // a history edited to skip a step is refused on the way in
    ObjectNode tree = JSON.valueToTree(matter);
    ((ArrayNode) tree.get("history")).remove(4); // the investigation
    assertThatThrownBy(() -> JSON.treeToValue(tree, Matter.class))
        .hasRootCauseInstanceOf(InvalidValueException.class)
        .rootCause().hasMessage("Matter 'm-1' is assigned: it does not allow the event \"resolve\"");
  }

  @Test
  void summariesAndAgreementsStayOutOfToString() {
    Matter matter = aResolvedMatter();
    assertThat(matter.report().toString()).doesNotContain("张某").doesNotContain("summary").contains("m-1");
    assertThat(matter.feedback().orElseThrow().toString()).doesNotContain("调解协议书");
  }
}
