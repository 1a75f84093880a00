package io.github.xiangzhi.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** The base class run as a county runs it, through the JUnit Platform. */
class CountyProfileConformanceTest {

  /** A complete county: every check but the patrol plan's runs and passes. */
  @Tag("conformance-fixture")
  static class AnlanCounty extends CountyProfileConformance {
    AnlanCounty() {
      super(ProfileSource.resource(CountyProfileConformanceTest.class, "complete-county.yaml"));
    }
  }

  /** A county whose patrol section visits nobody, though it has special groups. */
  @Tag("conformance-fixture")
  static class CarelessCounty extends CountyProfileConformance {
    CarelessCounty() {
      super(ProfileSource.text("profile: {id: careless, name: 粗心县}\n"
          + "specialGroups: {preset: SOURCES}\npatrol: {preset: ANLAN, visits: null}\n",
          "careless.yaml"));
    }
  }

  @Test
  void aConformingCountyGetsOnePassingTestPerCheck() {
    Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(AnlanCounty.class))
        .execute().testEvents();
    // every check runs and passes, the patrol plan on the preset's own staff included
    assertThat(tests.succeeded().count()).isEqualTo(ConformanceCheck.values().length);
    assertThat(tests.failed().count()).isZero();
    assertThat(tests.aborted().count()).isZero();
  }

  @Test
  void aBrokenCountyFailsTheCheckItBreaksWithTheReason() {
    Events tests = EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(CarelessCounty.class)).execute().testEvents();
    assertThat(tests.failed().count()).isEqualTo(1);
    tests.failed().assertThatEvents().haveExactly(1, event(
        displayName("SPECIAL_GROUPS_VISITED: every special group has a visit frequency"),
        finishedWithFailure(message(m -> m.contains("careless.yaml")
            && m.contains("the patrol section has no visit rule")
            && m.contains("COMMUNITY_CORRECTION, DRUG_USER")))));
    assertThat(tests.aborted().count()).isEqualTo(8); // no rating, grid, mediation, points
  }
}
