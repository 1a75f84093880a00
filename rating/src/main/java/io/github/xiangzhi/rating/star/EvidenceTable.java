package io.github.xiangzhi.rating.star;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;

/**
 * 评星依据表 — the evidence of many households in columns, for the batch path: one primitive
 * column per input of the scheme (each fact, each indicator with a value of its own), households
 * by position — the positions of a {@link Hierarchy}'s households when the table is built for one.
 *
 * <p>Counts and yes-or-no values are stored as they are; numbers in units of 10<sup>-scale</sup>
 * (the scheme's {@link StarScheme#numberScale()}), so every comparison is exact integer arithmetic.
 * A column no household has a value in takes no memory.
 *
 * <p>Performance notes: a table of n households and k inputs with values holds k int arrays of n,
 * 4·k·n bytes (1,000,000 households × 35 inputs: 140 MB). The {@link StarEngine#evaluateAll batch
 * engine} streams the columns and allocates nothing per household.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface EvidenceTable {

  /** A builder of a table for {@code households} households under {@code scheme}. */
  static Builder builder(StarScheme scheme, int households) {
    return new Builder(scheme, households);
  }

  /**
   * The table of {@code evidence} by household for the households of {@code hierarchy}, in its
   * positions; households without evidence have none.
   *
   * @throws EvidenceException naming a household the hierarchy does not hold, or the first code or
   *     value that does not fit the scheme
   */
  static EvidenceTable of(StarScheme scheme, Hierarchy hierarchy,
      Map<HouseholdId, Evidence> evidence) {
    Builder builder = builder(scheme, hierarchy.householdCount());
    for (Map.Entry<HouseholdId, Evidence> e : evidence.entrySet()) {
      int position = hierarchy.indexOf(e.getKey());
      if (position < 0) {
        throw new EvidenceException("rating.star.evidence.household.unknown",
            e.getKey().value(), e.getKey().value());
      }
      builder.put(position, e.getKey().value(), e.getValue());
    }
    return builder.build();
  }

  /** The scheme the columns follow. */
  StarScheme scheme();

  /** The number of households (rows). */
  int households();

  /** The household at {@code position}'s evidence, rebuilt from the columns. */
  Evidence evidence(int position);

  /**
   * Collects evidence into columns. Every setter checks the code and the value against the scheme
   * and throws an {@link EvidenceException} naming them, leaving the row as it was. Not
   * thread-safe; {@link #build()} copies, so a builder may go on and build again.
   */
  final class Builder {
    private final CompiledScheme scheme;
    private final int households;
    private final int[][] columns;

    Builder(StarScheme scheme, int households) {
      checkNotNull(scheme, "scheme");
      checkArgument(households >= 0, "households must not be negative: %s", households);
      this.scheme = scheme.compiled();
      this.households = households;
      this.columns = new int[this.scheme.inputCodes.length][];
    }

    /** The number of households (rows). */
    public int households() {
      return households;
    }

    private int[] column(int input) {
      if (columns[input] == null) {
        columns[input] = new int[households];
        Arrays.fill(columns[input], CompiledScheme.MISSING);
      }
      return columns[input];
    }

    private static String row(int position) {
      return "#" + position;
    }

    /** Sets the yes-or-no {@code code} of the household at {@code position}. */
    public Builder set(int position, String code, boolean value) {
      checkElementIndex(position, households, "household");
      int input = scheme.input(row(position), code);
      column(input)[position] = scheme.encodeFlag(row(position), input, value);
      return this;
    }

    /** Sets the count (or whole number) {@code code} of the household at {@code position}. */
    public Builder set(int position, String code, long count) {
      checkElementIndex(position, households, "household");
      int input = scheme.input(row(position), code);
      column(input)[position] = scheme.encodeCount(row(position), input, count);
      return this;
    }

    /** Sets the number {@code code} of the household at {@code position}. */
    public Builder set(int position, String code, BigDecimal number) {
      checkElementIndex(position, households, "household");
      int input = scheme.input(row(position), code);
      column(input)[position] = scheme.encodeNumber(row(position), input, number);
      return this;
    }

    /** Removes the value {@code code} of the household at {@code position}. */
    public Builder clear(int position, String code) {
      checkElementIndex(position, households, "household");
      int input = scheme.input(row(position), code);
      if (columns[input] != null) {
        columns[input][position] = CompiledScheme.MISSING;
      }
      return this;
    }

    /**
     * Replaces the row at {@code position} with {@code evidence}, checked first as a whole: on an
     * error the row is unchanged.
     */
    public Builder put(int position, Evidence evidence) {
      return put(position, row(position), evidence);
    }

    Builder put(int position, String household, Evidence evidence) {
      checkElementIndex(position, households, "household");
      int[] values = scheme.row(household, evidence);
      for (int i = 0; i < values.length; i++) {
        if (values[i] != CompiledScheme.MISSING) {
          column(i)[position] = values[i];
        } else if (columns[i] != null) {
          columns[i][position] = CompiledScheme.MISSING;
        }
      }
      return this;
    }

    /** Builds the table, copying the columns. */
    public EvidenceTable build() {
      int[][] copy = new int[columns.length][];
      for (int i = 0; i < columns.length; i++) {
        copy[i] = columns[i] == null ? null : columns[i].clone();
      }
      return new ColumnarEvidenceTable(scheme, households, copy);
    }
  }
}
