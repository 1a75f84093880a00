package io.github.xiangzhi.rating.star;

import static com.google.common.base.Preconditions.checkElementIndex;

/** The one {@link EvidenceTable}: a nullable int column per input. */
final class ColumnarEvidenceTable implements EvidenceTable {
  final CompiledScheme scheme;
  final int households;
  final int[][] columns;

  ColumnarEvidenceTable(CompiledScheme scheme, int households, int[][] columns) {
    this.scheme = scheme;
    this.households = households;
    this.columns = columns;
  }

  @Override
  public StarScheme scheme() {
    return scheme.scheme;
  }

  @Override
  public int households() {
    return households;
  }

  @Override
  public Evidence evidence(int position) {
    checkElementIndex(position, households, "household");
    Evidence.Builder out = Evidence.builder();
    for (int i = 0; i < columns.length; i++) {
      if (columns[i] != null) {
        scheme.restore(out, i, columns[i][position]);
      }
    }
    return out.build();
  }

  @Override
  public String toString() {
    return "EvidenceTable{" + scheme.scheme.code() + ", " + households + " households}";
  }
}
