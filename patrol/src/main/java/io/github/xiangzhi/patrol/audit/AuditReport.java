package io.github.xiangzhi.patrol.audit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.patrol.PatrolKind;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * 巡逻核查报告 — a schedule audited against the check-ins as of an instant: patrols done on time,
 * late, missed and pending in total, by kind, per person and per grid; the households not visited
 * within their frequency; the check-ins that matched nothing; the route check-ins made far from
 * the route.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AuditReport {

  /** The instant of the audit: patrols whose tolerance ends later are pending. */
  public abstract Instant asOf();

  /** Every patrol. */
  public abstract Tally total();

  /** By kind, every kind the schedule has. */
  public abstract ImmutableMap<PatrolKind, Tally> byKind();

  /** Per person with a patrol or a check-in, in staffing order. */
  public abstract ImmutableList<WorkerCoverage> workers();

  /** Household visits per serving unit, in hierarchy order. */
  public abstract ImmutableList<GridCoverage> grids();

  /** The households not visited within their frequency, in hierarchy order. */
  public abstract ImmutableList<OverdueHousehold> overdue();

  /** The check-ins that matched no patrol, in order of time. */
  public abstract ImmutableList<RejectedCheckIn> rejected();

  /** The accepted route check-ins made far from every site of the route, in order of time. */
  public abstract ImmutableList<CheckIn> distant();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a report. */
  public static final class Builder extends ImmutableAuditReport.Builder {}

  @Override
  public String toString() {
    return "AuditReport{asOf=" + asOf() + ", " + total() + ", overdue=" + overdue().size()
        + ", rejected=" + rejected().size() + "}";
  }
}
