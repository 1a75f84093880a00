package io.github.xiangzhi.patrol.finding;

import static io.github.xiangzhi.testkit.core.Problems.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.XiangzhiException;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.json.XiangzhiJson;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import io.github.xiangzhi.patrol.PatrolKind;
import io.github.xiangzhi.patrol.policy.GeoPoint;
import io.github.xiangzhi.testkit.core.Examples;
import io.github.xiangzhi.testkit.patrol.PatrolGens;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingTest {
  static final GovernanceCalendar CHINA = PatrolGens.china();
  /** Thursday 8 February 2024, 10:00 in Chongqing: the eve of the Spring Festival holiday. */
  static final Instant FOUND = Instant.parse("2024-02-08T02:00:00Z");

  static Finding dispute(String id) {
    return Finding.builder().id(FindingId.of(id)).patrol(PatrolKind.POINT)
        .reportedBy(PersonId.of("gw-1")).foundAt(FOUND).unit(UnitId.of("liwan-1"))
        .household(HouseholdId.of("h1")).kind("DISPUTE")
        .description("张家与马家为便道占地争执").location(GeoPoint.of(29.97, 106.28)).build();
  }

  @Test
  void R_PAT_4_aFindingIsHandledOnTheSpot() {
    Finding handled = dispute("F-1").handleOnSpot("当场劝导,双方和解", FOUND.plusSeconds(1800));
    assertThat(handled.status()).isEqualTo(FindingStatus.HANDLED_ON_SPOT);
    assertThat(handled.status().isClosed()).isTrue();
    assertThat(handled.handledAt()).contains(FOUND.plusSeconds(1800));
    assertThatThrownBy(() -> handled.referral()).isInstanceOf(FindingStateException.class)
        .hasMessage("Finding F-1 is handled on the spot: referral is not allowed");
    assertThatThrownBy(() -> dispute("F-2").handleOnSpot("太早", FOUND.minusSeconds(60)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Finding F-2: 2024-02-08T01:59:00Z is before it was found"
            + " (2024-02-08T02:00:00Z)");
  }

  @Test
  void R_PAT_4_aFindingBecomesAMatterAndTheLinkIsKeptBothWaysByIds() {
    Finding finding = dispute("F-7");
    // 1. what mediation needs to open the matter, the finding's id among it
    MatterReferral referral = finding.referral();
    assertThat(referral.finding()).isEqualTo(FindingId.of("F-7"));
    assertThat(referral.unit()).isEqualTo(UnitId.of("liwan-1"));
    assertThat(referral.household()).contains(HouseholdId.of("h1"));
    assertThat(referral.kind()).isEqualTo("DISPUTE");
    assertThat(referral.description()).isEqualTo("张家与马家为便道占地争执");
    assertThat(referral.foundAt()).isEqualTo(FOUND);
    assertThat(referral.reportedBy()).isEqualTo(PersonId.of("gw-1"));
    assertThat(referral.toString()).doesNotContain("张家");
    // 2. marked as handed over while mediation opens the matter
    FindingBook book = FindingBook.empty().record(finding)
        .referToMediation(FindingId.of("F-7"), FOUND.plusSeconds(60));
    assertThat(book.withStatus(FindingStatus.REFERRED)).hasSize(1);
    // 3. the matter's id comes back
    MatterId matter = MatterId.of("M-2024-0031");
    book = book.linkMatter(FindingId.of("F-7"), matter);
    assertThat(book.get(FindingId.of("F-7")).matter()).contains(matter);
    assertThat(book.get(FindingId.of("F-7")).status()).isEqualTo(FindingStatus.MATTER_OPENED);
    assertThat(book.findingOf(matter).map(Finding::id)).contains(FindingId.of("F-7"));
    // a finding links one matter; a matter one finding
    FindingBook linked = book;
    assertThatThrownBy(() -> linked.linkMatter(FindingId.of("F-7"), MatterId.of("M-9")))
        .isInstanceOf(FindingStateException.class)
        .hasMessage("Finding F-7 is matter opened: linkMatter is not allowed");
    FindingBook two = linked.record(dispute("F-8"));
    XiangzhiException taken = thrown(XiangzhiException.class, 
        () -> two.linkMatter(FindingId.of("F-8"), matter));
    assertThat(taken.message(Locale.ENGLISH)).isEqualTo(
        "Matter M-2024-0031 is already linked to finding F-7, so it cannot be linked to F-8");
    assertThat(taken.message(Locale.CHINA)).isEqualTo("事项M-2024-0031已关联发现F-7,不能再关联F-8");
    assertThat(two.get(FindingId.of("F-8")).status()).isEqualTo(FindingStatus.OPEN);
    // a finding can also be linked straight from open, without the referred step
    assertThat(dispute("F-9").linkMatter(MatterId.of("M-1")).status())
        .isEqualTo(FindingStatus.MATTER_OPENED);
  }

  @Test
  void R_PAT_4_aFindingKeptAsAHazardHasAnOwnerAndADeadlineInWorkingDays() {
    Finding hazard = Finding.builder().from(dispute("F-3")).kind("GEOLOGICAL_HAZARDS")
        .patrol(PatrolKind.AREA).description("后山滑坡隐患").build()
        .raiseHazard(HazardOwner.body("EMERGENCY_OFFICE"), 5, CHINA);
    Hazard h = hazard.hazard().orElseThrow();
    assertThat(h.raisedOn()).isEqualTo(LocalDate.of(2024, 2, 8));
    // five working days over the Spring Festival (10–17 Feb off, 18 Feb a make-up workday)
    assertThat(h.deadline()).isEqualTo(LocalDate.of(2024, 2, 21));
    assertThat(h.owner().toString()).isEqualTo("EMERGENCY_OFFICE");
    FindingBook book = FindingBook.empty().record(hazard);
    assertThat(book.overdueHazards(LocalDate.of(2024, 2, 21))).isEmpty();
    assertThat(book.overdueHazards(LocalDate.of(2024, 2, 22))).hasSize(1);
    book = book.closeHazard(FindingId.of("F-3"), Instant.parse("2024-02-20T08:00:00Z"),
        "已设警示牌并撤离两户");
    assertThat(book.get(FindingId.of("F-3")).status()).isEqualTo(FindingStatus.HAZARD_CLOSED);
    assertThat(book.overdueHazards(LocalDate.of(2024, 3, 1))).isEmpty();
    assertThatThrownBy(() -> dispute("F-4").raiseHazard(HazardOwner.person(PersonId.of("p1")),
        0, CHINA)).hasMessage("A hazard needs at least one working day to be put right, not 0");
    assertThatThrownBy(() -> HazardOwner.body("应急办")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void R_PAT_4_aFindingReadsBackFromJsonAndItsToStringLeavesOutTheDescription()
      throws Exception {
    ObjectMapper json = XiangzhiJson.newMapper();
    Finding finding = dispute("F-5").raiseHazard(HazardOwner.person(PersonId.of("p-1")), 3,
        CHINA);
    assertThat(json.readValue(json.writeValueAsString(finding), Finding.class)).isEqualTo(finding);
    Finding linked = dispute("F-6").referToMediation(FOUND).linkMatter(MatterId.of("M-1"));
    assertThat(json.readValue(json.writeValueAsString(linked), Finding.class)).isEqualTo(linked);
    assertThat(linked.toString()).isEqualTo(
        "Finding{F-6, MATTER_OPENED, kind=DISPUTE, unit=liwan-1, matter=M-1}");
  }

  // ------------------------------------------------------------------ the book against a model

  /** The model: each finding's status and matter, and which finding each matter belongs to. */
  static final class Model {
    final Map<String, FindingStatus> status = new HashMap<>();
    final Map<String, String> matterOf = new HashMap<>();
    final Map<String, String> findingOfMatter = new HashMap<>();
  }

  @Test
  void R_PAT_4_theFindingBookAgreesWithASimpleModelAfterEveryCommand() {
    qt().withExamples(Examples.of(300)).forAll(lists().of(integers().between(0, 6 * 4 * 3 - 1))
        .ofSizeBetween(1, 40)).checkAssert(commands -> {
          FindingBook book = FindingBook.empty();
          Model model = new Model();
          Instant later = FOUND.plusSeconds(3600);
          for (int command : commands) {
            int op = command % 6;
            String id = "F" + (command / 6) % 4;
            String matter = "M" + (command / 24) % 3;
            FindingId fid = FindingId.of(id);
            boolean known = model.status.containsKey(id);
            FindingStatus s = model.status.get(id);
            FindingBook before = book;
            boolean allowed;
            switch (op) {
              case 0:
                allowed = !known;
                break;
              case 1:
              case 2:
              case 4:
                allowed = s == FindingStatus.OPEN;
                break;
              case 3:
                allowed = (s == FindingStatus.OPEN || s == FindingStatus.REFERRED)
                    && !model.findingOfMatter.containsKey(matter);
                break;
              default:
                allowed = s == FindingStatus.HAZARD_OPEN;
                break;
            }
            try {
              switch (op) {
                case 0:
                  book = book.record(dispute(id));
                  break;
                case 1:
                  book = book.handleOnSpot(fid, "劝导", later);
                  break;
                case 2:
                  book = book.referToMediation(fid, later);
                  break;
                case 3:
                  book = book.linkMatter(fid, MatterId.of(matter));
                  break;
                case 4:
                  book = book.raiseHazard(fid, HazardOwner.body("EMERGENCY_OFFICE"), 2, CHINA);
                  break;
                default:
                  book = book.closeHazard(fid, later, "已整改");
                  break;
              }
              assertThat(allowed).as("op %d on %s (%s) was allowed", op, id, s).isTrue();
            } catch (FindingStateException | UnknownFindingException e) {
              assertThat(allowed).as("op %d on %s (%s) threw %s", op, id, s, e.getMessage())
                  .isFalse();
              assertThat(e instanceof UnknownFindingException).isEqualTo(!known && op != 0);
              assertThat(book).isSameAs(before);
            }
            if (allowed) {
              FindingStatus next = new FindingStatus[] {FindingStatus.OPEN,
                  FindingStatus.HANDLED_ON_SPOT, FindingStatus.REFERRED,
                  FindingStatus.MATTER_OPENED, FindingStatus.HAZARD_OPEN,
                  FindingStatus.HAZARD_CLOSED}[op];
              model.status.put(id, next);
              if (op == 3) {
                model.matterOf.put(id, matter);
                model.findingOfMatter.put(matter, id);
              }
            }
            // compare after every step
            assertThat(book.size()).isEqualTo(model.status.size());
            for (Map.Entry<String, FindingStatus> e : model.status.entrySet()) {
              Finding f = book.get(FindingId.of(e.getKey()));
              assertThat(f.status()).isEqualTo(e.getValue());
              assertThat(f.matter().map(MatterId::value))
                  .isEqualTo(Optional.ofNullable(model.matterOf.get(e.getKey())));
            }
            for (String m : List.of("M0", "M1", "M2")) {
              assertThat(book.findingOf(MatterId.of(m)).map(f -> f.id().value()))
                  .isEqualTo(Optional.ofNullable(model.findingOfMatter.get(m)));
            }
          }
        });
  }

}
