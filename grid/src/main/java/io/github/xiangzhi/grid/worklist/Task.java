package io.github.xiangzhi.grid.worklist;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.grid.body.BodyRef;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 工作任务 — one row of a work list (工作清单): its number (序号), the link of the model it serves
 * (治理模式), the task (主要任务) and its content (具体内容), the lead body (责任单位), the partner
 * bodies (配合单位), "各村" as {@link #everyVillage()} — the kinds of body every village
 * partners with — its period and its progress reports. 000's row 3:
 *
 * <pre>{@code
 * - no: 3
 *   link: NETWORK
 *   title: 突出数字化服务
 *   content: 建立数字信息中心特殊群体帮扶板块,……
 *   lead: CIVIL_AFFAIRS_OFFICE
 *   partners: [PEACE_OFFICE, AGRICULTURE_CENTRE]
 *   everyVillage: [TWO_COMMITTEES]
 * }</pre>
 *
 * <p>A task's lead is never also its partner (the same body, or a desk and its whole body); the
 * period falls back to its work list's.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTask.class)
@JsonDeserialize(as = ImmutableTask.class)
public abstract class Task {

  /** The task's number in its list (序号), from 1. */
  public abstract int no();

  /** The code of the link it serves: {@code NETWORK} (联网). */
  public abstract String link();

  /** The task (主要任务): 突出数字化服务. */
  public abstract String title();

  /** What it involves (具体内容), as the list writes it. */
  public abstract Optional<String> content();

  /** The body responsible (责任单位), or one of its desks. */
  public abstract Optional<BodyRef> lead();

  /** The partner bodies (配合单位) named one by one. */
  public abstract ImmutableList<BodyRef> partners();

  /**
   * "各村": the kinds of body every village partners with, such as {@code TWO_COMMITTEES} — every
   * body of that kind is a partner.
   */
  public abstract ImmutableList<String> everyVillage();

  /** The first day of the task's period, when it is not its list's. */
  public abstract Optional<LocalDate> start();

  /** The last day of the task's period (its due date), when it is not its list's. */
  public abstract Optional<LocalDate> end();

  /** The progress reports, in any order. */
  public abstract ImmutableList<ProgressReport> reports();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a task; {@code build()} checks its codes, partners and period. */
  public static final class Builder extends ImmutableTask.Builder {}

  /** This task with {@code report} added. */
  public Task withReport(ProgressReport report) {
    return builder().from(this).addReport(report).build();
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(no() >= 1, "/no", "grid.task.no", no());
    checks.check(Codes.isCode(link()), "/link", "core.code.syntax", link());
    checks.check(!title().isBlank(), "/title", "core.blank", "title");
    content().ifPresent(c -> checks.check(!c.isBlank(), "/content", "core.blank", "content"));
    checks.unique("/partners", partners(), BodyRef::toString, "partner");
    if (lead().isPresent()) {
      for (int i = 0; i < partners().size(); i++) {
        checks.check(!partners().get(i).overlaps(lead().get()), "/partners/" + i,
            "grid.task.leadIsPartner", no(), lead().get(), partners().get(i));
      }
    }
    for (int i = 0; i < everyVillage().size(); i++) {
      checks.check(Codes.isCode(everyVillage().get(i)), "/everyVillage/" + i,
          "core.code.syntax", everyVillage().get(i));
    }
    checks.unique("/everyVillage", everyVillage(), k -> k, "kind");
    if (start().isPresent() && end().isPresent()) {
      checks.check(!end().get().isBefore(start().get()), "/end", "grid.task.period.order",
          no(), start().get(), end().get());
    }
    checks.throwIfAny();
  }
}
