package io.github.xiangzhi.examples.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.xiangzhi.core.Share;
import io.github.xiangzhi.core.group.SpecialGroupCategory;
import io.github.xiangzhi.core.profile.CountyProfile;
import io.github.xiangzhi.core.profile.ProfileLoader;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.Unit;
import io.github.xiangzhi.grid.profile.GridSection;
import io.github.xiangzhi.grid.staff.RoleQuota;
import io.github.xiangzhi.grid.staff.StaffingRule;
import io.github.xiangzhi.mediation.MediationPolicy;
import io.github.xiangzhi.mediation.deliberation.Procedure;
import io.github.xiangzhi.mediation.deliberation.Step;
import io.github.xiangzhi.mediation.triage.AffairClass;
import io.github.xiangzhi.patrol.policy.PatrolPolicy;
import io.github.xiangzhi.rating.points.PointsPolicy;
import io.github.xiangzhi.rating.star.StarCategory;
import io.github.xiangzhi.rating.star.policy.RatingPolicy;
import io.github.xiangzhi.rating.star.target.TargetRules;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each preset holds the figures its source gives (issue: the five source systems as presets). */
class PresetFiguresTest {

  private static final ProfileLoader LOADER = ProfileLoader.standard();

  private static CountyProfile load(String id) {
    return Presets.find(id).orElseThrow().load(LOADER);
  }

  @Test
  void everyPresetLoadsWithEverySectionOfEveryModule() {
    assertThat(Presets.ids()).containsExactly("anlan", "changzhi", "shangba", "gongxian",
        "weituo");
    for (String id : Presets.ids()) {
      CountyProfile profile = load(id);
      assertThat(profile.info().id()).isEqualTo(id);
      assertThat(profile.section(GridSection.class)).as(id).isPresent();
      assertThat(profile.section(RatingPolicy.class)).as(id).isPresent();
      assertThat(profile.section(PointsPolicy.class)).as(id).isPresent();
      assertThat(profile.section(MediationPolicy.class)).as(id).isPresent();
      assertThat(profile.section(PatrolPolicy.class)).as(id).isPresent();
      assertThat(profile.section(io.github.xiangzhi.rating.rules.VillageRules.class).isPresent())
          .as(id).isEqualTo(id.equals("anlan") || id.equals("weituo"));
      // the mediation ladder is written for the grid's scheme, and its levels are the scheme's
      GridSection grid = profile.section(GridSection.class).orElseThrow();
      MediationPolicy mediation = profile.section(MediationPolicy.class).orElseThrow();
      assertThat(mediation.scheme()).as(id).contains(grid.levelScheme().code());
      mediation.ladder().chain().forEach(t -> t.level().ifPresent(level ->
          assertThat(grid.levelScheme().indexOf(level)).as(id + " tier " + t.code()).isNotNegative()));
      // the village targets are counted at a level of the grid's scheme
      String targetLevel = profile.section(RatingPolicy.class).orElseThrow().targets().level();
      assertThat(grid.levelScheme().indexOf(targetLevel)).as(id + " targets").isNotNegative();
    }
  }

  @Test
  void ANLAN_workList_twelveTasksUnderTheFourLinksEachWithItsLeadAndPartners() {
    GridSection grid = load("anlan").section(GridSection.class).orElseThrow();
    io.github.xiangzhi.grid.worklist.WorkList list = grid.workLists().get(0);
    assertThat(list.links()).extracting(io.github.xiangzhi.grid.worklist.Link::name)
        .containsExactly("联网", "联巡", "联调", "联育");
    assertThat(list.tasks()).hasSize(12).allSatisfy(t -> {
      assertThat(t.lead()).as("lead of " + t.no()).isPresent();
      assertThat(t.partners().size() + t.everyVillage().size()).as("partners of " + t.no())
          .isPositive();
    });
    io.github.xiangzhi.grid.worklist.AccountabilityReport report =
        grid.accountability(list.code(), java.time.LocalDate.of(2023, 9, 1));
    assertThat(report.leaderless()).isEmpty();
    // 000's 平安办 leads tasks 1 and 4 to 8
    assertThat(report.duties(io.github.xiangzhi.grid.body.BodyRef.parse("PEACE_OFFICE"))
        .leading()).containsExactly(1, 4, 5, 6, 7, 8);
  }

  @Test
  void CHANGZHI_tenStarsAndThe90_40_60Targets() {
    RatingPolicy rating = load("changzhi").section(RatingPolicy.class).orElseThrow();
    assertThat(rating.scheme().maxStars()).isEqualTo(10);
    assertThat(rating.scheme().categories()).extracting(StarCategory::name).containsExactly(
        "爱党爱国", "勤劳致富", "诚实守信", "团结友善", "孝老爱亲", "文明风尚", "遵规守法", "绿色环保",
        "卫生健康", "科教文体");
    TargetRules targets = rating.targets();
    assertThat(targets.participation()).isEqualTo(Share.parse("90%"));
    assertThat(targets.starred()).isEqualTo(Share.parse("40%"));
    assertThat(targets.highStars()).isEqualTo(6);
    assertThat(targets.highStarred()).isEqualTo(Share.parse("60%"));
    assertThat(targets.level()).isEqualTo("VILLAGE");
  }

  @Test
  void SHANGBA_68GridsInThreeLevelsAndThe1_1_1_NTeam() {
    GridSection grid = load("shangba").section(GridSection.class).orElseThrow();
    Hierarchy hierarchy = grid.hierarchy();
    assertThat(hierarchy.units()).hasSize(68);
    Map<String, Long> perLevel = hierarchy.units().stream()
        .collect(Collectors.groupingBy(Unit::level, Collectors.counting()));
    assertThat(perLevel).containsExactlyInAnyOrderEntriesOf(
        Map.of("TOWN", 1L, "VILLAGE", 5L, "GROUP", 62L));
    assertThat(hierarchy.units().stream().filter(u -> u.level().equals("VILLAGE"))
        .map(Unit::name)).containsExactly("上坝村", "下坝村", "旧墩村", "新上村", "营尔村");
    // "1名村班子成员+1名网格长+1名党小组长+多名乡贤" at every villagers' group
    StaffingRule team = grid.rules().stream().filter(r -> r.kind() == StaffingRule.Kind.TEAM)
        .findFirst().orElseThrow();
    assertThat(team.level()).isEqualTo("GROUP");
    assertThat(team.team()).extracting(RoleQuota::role, RoleQuota::min, RoleQuota::max)
        .containsExactly(tuple("VILLAGE_CADRE", 1, java.util.Optional.of(1)),
            tuple("GRID_LEADER", 1, java.util.Optional.of(1)),
            tuple("PARTY_GROUP_LEADER", 1, java.util.Optional.of(1)),
            tuple("WORTHY", 1, java.util.Optional.empty()));
  }

  @Test
  void GONGXIAN_eightSpecialCategoriesEachWithAResponsibleUnit() {
    CountyProfile profile = load("gongxian");
    assertThat(profile.specialGroups().categories()).hasSize(8)
        .allSatisfy(c -> assertThat(c.responsibleBody()).as(c.code()).isPresent());
    assertThat(profile.specialGroups().categories()).extracting(SpecialGroupCategory::name)
        .startsWith("社区矫正对象", "吸毒人员", "重精患者");
    // every special category is visited, the three of 003's own weekly
    PatrolPolicy patrol = profile.section(PatrolPolicy.class).orElseThrow();
    assertThat(patrol.visits().orElseThrow().specialGroups())
        .extracting(f -> f.category()).containsExactlyInAnyOrderElementsOf(
            profile.specialGroups().categories().stream().map(SpecialGroupCategory::code)
                .collect(Collectors.toList()));
  }

  @Test
  void WEITUO_civilVillageAndGovernmentAffairsAndThe1_3_6Steps() {
    MediationPolicy mediation = load("weituo").section(MediationPolicy.class).orElseThrow();
    Map<String, AffairClass> classes = mediation.triage().orElseThrow().classes().stream()
        .collect(Collectors.toMap(AffairClass::name, Function.identity()));
    assertThat(classes.keySet()).containsExactlyInAnyOrder("民事", "村事", "政事");
    assertThat(classes.get("民事").tier()).contains("GRID");
    assertThat(classes.get("村事").tier()).contains("VILLAGE");
    assertThat(classes.get("政事").tier()).contains("TOWN");
    Procedure cycle = mediation.procedure(classes.get("民事").procedure().orElseThrow())
        .orElseThrow();
    // 1 治委会, 3 work phases, 6 steps 提、分、议、办、督、评
    assertThat(cycle.phases()).hasSize(3);
    assertThat(cycle.steps()).extracting(Step::name).containsExactly("提", "分", "议", "办", "督",
        "评");
  }
}
