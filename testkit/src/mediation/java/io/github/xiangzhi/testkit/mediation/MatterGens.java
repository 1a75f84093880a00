package io.github.xiangzhi.testkit.mediation;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for mediation: random command sequences over a few matters, for
 * stateful properties that run them against a real docket and a simple model.
 */
public final class MatterGens {
  private MatterGens() {}

  /** What a command does. */
  public enum Op {
    OPEN, FILE, ASSIGN, INVESTIGATE, STEP, RESOLVE, ARCHIVE, ESCALATE, WITHDRAW, REOPEN,
    DUPLICATE, SWEEP
  }

  /**
   * One command: an operation on matter {@code matter} (an index into the test's matters), with
   * {@code other} (another matter, a handler, a party, a step) and {@code arg} to choose its
   * arguments, after the clock moves on {@code minutes}.
   */
  public static final class Command {
    public final Op op;
    public final int matter;
    public final int other;
    public final int arg;
    public final int minutes;

    Command(Op op, int matter, int other, int arg, int minutes) {
      this.op = op;
      this.matter = matter;
      this.other = other;
      this.arg = arg;
      this.minutes = minutes;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "+%dmin %s(m%d, %d, %d)", minutes, op, matter, other, arg);
    }
  }

  /**
   * Commands over {@code matters} matters. Opening and the main path of the closed loop are
   * drawn more often than the rest, so that sequences get far; the clock moves on by up to four
   * days at a time, so time limits pass and sweeps find things due.
   */
  public static Gen<Command> commands(int matters) {
    Gen<Op> ops = integers().between(0, 99).map(MatterGens::op);
    Gen<Integer> minutes = integers().between(0, 99).map(p -> p < 60 ? p * 7 : (p - 59) * 150);
    return ops.zip(integers().between(0, matters - 1), integers().between(0, 7),
        integers().between(0, 99), minutes, Command::new);
  }

  /** Sequences of up to {@code maxLength} commands over {@code matters} matters. */
  public static Gen<List<Command>> sequences(int matters, int maxLength) {
    return lists().of(commands(matters)).ofSizeBetween(1, maxLength);
  }

  private static Op op(int p) {
    if (p < 14) {
      return Op.OPEN;
    }
    if (p < 26) {
      return Op.FILE;
    }
    if (p < 38) {
      return Op.ASSIGN;
    }
    if (p < 48) {
      return Op.INVESTIGATE;
    }
    if (p < 54) {
      return Op.STEP;
    }
    if (p < 64) {
      return Op.RESOLVE;
    }
    if (p < 70) {
      return Op.ARCHIVE;
    }
    if (p < 78) {
      return Op.ESCALATE;
    }
    if (p < 82) {
      return Op.WITHDRAW;
    }
    if (p < 87) {
      return Op.REOPEN;
    }
    if (p < 90) {
      return Op.DUPLICATE;
    }
    return Op.SWEEP;
  }
}
