package io.github.xiangzhi.patrol.finding;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.id.MatterId;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * 发现台账 — a town's patrol findings by id, with the link from each matter back to the finding
 * it came from (R-PAT-4): the finding keeps the {@link MatterId}, the book finds the finding of a
 * matter, and the mediation module keeps the {@link FindingId} on its matter.
 *
 * <p>Each change returns a new book; a change the finding's state does not allow, an unknown id,
 * a second finding with an id, or a matter already linked to another finding throws and leaves
 * the book as it was.
 *
 * <p>Performance notes: lookups are O(1); a change copies the book's maps, O(n) for n findings —
 * a town's findings of a year, thousands, not millions.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FindingBook {
  private static final FindingBook EMPTY = new FindingBook(ImmutableMap.of(), ImmutableMap.of());

  private final ImmutableMap<FindingId, Finding> findings;
  private final ImmutableMap<MatterId, FindingId> byMatter;

  private FindingBook(ImmutableMap<FindingId, Finding> findings,
      ImmutableMap<MatterId, FindingId> byMatter) {
    this.findings = findings;
    this.byMatter = byMatter;
  }

  /** The empty book. */
  public static FindingBook empty() {
    return EMPTY;
  }

  /**
   * This book with {@code finding} recorded.
   *
   * @throws FindingStateException if the book already holds a finding with its id, or its matter
   *     is linked to another finding
   */
  public FindingBook record(Finding finding) {
    checkNotNull(finding, "finding");
    if (findings.containsKey(finding.id())) {
      throw new FindingStateException("patrol.finding.duplicate", finding.id());
    }
    Map<FindingId, Finding> next = new LinkedHashMap<>(findings);
    next.put(finding.id(), finding);
    return withMatterOf(next, finding);
  }

  /** The finding {@code id}, if recorded. */
  public Optional<Finding> find(FindingId id) {
    return Optional.ofNullable(findings.get(id));
  }

  /**
   * The finding {@code id}.
   *
   * @throws UnknownFindingException if the book does not hold it
   */
  public Finding get(FindingId id) {
    Finding f = findings.get(id);
    if (f == null) {
      throw new UnknownFindingException(id);
    }
    return f;
  }

  /** The finding the matter {@code matter} was opened from, if it came from a patrol. */
  public Optional<Finding> findingOf(MatterId matter) {
    FindingId id = byMatter.get(matter);
    return id == null ? Optional.empty() : Optional.of(findings.get(id));
  }

  /** Every finding, in the order recorded. */
  public ImmutableList<Finding> findings() {
    return findings.values().asList();
  }

  /** The findings of {@code status}, in the order recorded. */
  public ImmutableList<Finding> withStatus(FindingStatus status) {
    return findings.values().stream().filter(f -> f.status() == status)
        .collect(ImmutableList.toImmutableList());
  }

  /** The open hazards whose deadline has passed on {@code today}. */
  public ImmutableList<Finding> overdueHazards(LocalDate today) {
    return findings.values().stream()
        .filter(f -> f.hazard().isPresent() && f.hazard().get().isOverdueOn(today))
        .collect(ImmutableList.toImmutableList());
  }

  /** The number of findings. */
  public int size() {
    return findings.size();
  }

  /** See {@link Finding#handleOnSpot}. */
  public FindingBook handleOnSpot(FindingId id, String note, Instant at) {
    return change(id, f -> f.handleOnSpot(note, at));
  }

  /** See {@link Finding#referToMediation}. */
  public FindingBook referToMediation(FindingId id, Instant at) {
    return change(id, f -> f.referToMediation(at));
  }

  /**
   * See {@link Finding#linkMatter}.
   *
   * @throws FindingStateException also when {@code matter} is already linked to another finding
   */
  public FindingBook linkMatter(FindingId id, MatterId matter) {
    return change(id, f -> f.linkMatter(matter));
  }

  /** See {@link Finding#raiseHazard}. */
  public FindingBook raiseHazard(FindingId id, HazardOwner owner, int workingDays,
      GovernanceCalendar calendar) {
    return change(id, f -> f.raiseHazard(owner, workingDays, calendar));
  }

  /** See {@link Finding#closeHazard}. */
  public FindingBook closeHazard(FindingId id, Instant at, String note) {
    return change(id, f -> f.closeHazard(at, note));
  }

  private FindingBook change(FindingId id, UnaryOperator<Finding> change) {
    Finding changed = change.apply(get(id));
    Map<FindingId, Finding> next = new LinkedHashMap<>(findings);
    next.put(id, changed);
    return withMatterOf(next, changed);
  }

  private FindingBook withMatterOf(Map<FindingId, Finding> next, Finding finding) {
    if (finding.matter().isEmpty()) {
      return new FindingBook(ImmutableMap.copyOf(next), byMatter);
    }
    MatterId matter = finding.matter().get();
    FindingId holder = byMatter.get(matter);
    if (holder != null && !holder.equals(finding.id())) {
      throw new FindingStateException("patrol.finding.matterTaken", matter, holder, finding.id());
    }
    ImmutableMap<MatterId, FindingId> matters = holder != null ? byMatter
        : ImmutableMap.<MatterId, FindingId>builder().putAll(byMatter).put(matter, finding.id())
            .buildOrThrow();
    return new FindingBook(ImmutableMap.copyOf(next), matters);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FindingBook && ((FindingBook) o).findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  @Override
  public String toString() {
    return "FindingBook{" + findings.size() + " findings, " + byMatter.size() + " matters}";
  }
}
