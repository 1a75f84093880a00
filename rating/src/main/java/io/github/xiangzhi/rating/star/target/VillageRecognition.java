package io.github.xiangzhi.rating.star.target;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.text.Messages;
import io.github.xiangzhi.core.time.GovernancePeriod;
import io.github.xiangzhi.core.time.PeriodKind;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.rating.star.StarRegister;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * 嘉许表彰 — what a village posts for a rating year (R-STAR-6): the honour board of households with
 * the high number of stars or more (星级光荣榜), the households that get a door plaque
 * (星级文明户牌, the same households), and the stars added and removed since the year before.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVillageRecognition.class)
@JsonDeserialize(as = ImmutableVillageRecognition.class)
public abstract class VillageRecognition {

  /** The village. */
  public abstract UnitId village();

  /** The rating year. */
  public abstract GovernancePeriod year();

  /** The honour board: most stars first, then by household id. */
  public abstract ImmutableList<HonourEntry> honourBoard();

  /** The households whose doors get a plaque, in honour-board order. */
  public abstract ImmutableList<HouseholdId> plaques();

  /** The stars added and removed, by household id. */
  public abstract ImmutableList<PostedChange> changes();

  /**
   * The recognition of {@code village} for {@code year} from the register: households within the
   * village holding {@code rules.highStars()} or more stars in {@code year}, and every household
   * whose stars differ from the year before.
   *
   * @throws io.github.xiangzhi.grid.hierarchy.UnknownUnitException if the hierarchy has no such
   *     unit
   * @throws InvalidValueException if the unit is not at the targets' level or {@code year} is not
   *     a year
   */
  public static VillageRecognition compile(Hierarchy hierarchy, UnitId village,
      GovernancePeriod year, StarRegister register, TargetRules rules) {
    checkNotNull(register, "register");
    String level = hierarchy.unit(village).level();
    InvalidValueException.check(level.equals(rules.level()), "rating.star.target.notVillage",
        village, level, rules.level());
    InvalidValueException.check(year.kind() == PeriodKind.YEAR, "rating.star.year.kind", year);
    GovernancePeriod previous = year.previous();
    List<HonourEntry> board = new ArrayList<>();
    List<PostedChange> changes = new ArrayList<>();
    for (HouseholdId household : hierarchy.householdsWithin(village)) {
      ImmutableSet<String> now = register.stars(household, year).orElse(ImmutableSet.of());
      ImmutableSet<String> before = register.stars(household, previous).orElse(ImmutableSet.of());
      if (now.size() >= rules.highStars()) {
        board.add(HonourEntry.of(household, now));
      }
      if (!now.equals(before)) {
        changes.add(PostedChange.of(household,
            ImmutableSet.copyOf(Sets.difference(now, before)),
            ImmutableSet.copyOf(Sets.difference(before, now)), before.size(), now.size()));
      }
    }
    board.sort(Comparator.comparingInt(HonourEntry::total).reversed()
        .thenComparing(HonourEntry::household));
    changes.sort(Comparator.comparing(PostedChange::household));
    return ImmutableVillageRecognition.builder().village(village).year(year).honourBoard(board)
        .plaques(board.stream().map(HonourEntry::household)
            .collect(ImmutableList.toImmutableList()))
        .changes(changes).build();
  }

  /** The posting as lines of text in {@code locale}'s language. */
  public List<String> lines(Locale locale) {
    List<String> out = new ArrayList<>();
    out.add(Messages.format(locale, "rating.star.recognition.board", village().value(), year(),
        honourBoard().size()));
    for (HonourEntry entry : honourBoard()) {
      out.add("  " + Messages.format(locale, "rating.star.recognition.entry",
          entry.household().value(),
          entry.total()));
    }
    out.add(Messages.format(locale, "rating.star.recognition.changes", changes().size()));
    for (PostedChange change : changes()) {
      out.add("  " + Messages.format(locale, "rating.star.recognition.change",
          change.household().value(), change.before(), change.after(),
          String.join(", ", change.added()), String.join(", ", change.removed())));
    }
    return out;
  }
}
