package io.github.xiangzhi.rating.points;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** {@link LedgerStore#memory()} and {@link LedgerStore#none()}; thread-safe. */
final class MemoryStore implements LedgerStore {
  static final LedgerStore NONE = new LedgerStore() {
    @Override
    public void replay(Consumer<? super LedgerRecord> sink) {}

    @Override
    public void append(LedgerRecord record) {}

    @Override
    public String toString() {
      return "LedgerStore.none()";
    }
  };

  private final List<LedgerRecord> records = new ArrayList<>();

  @Override
  public synchronized void replay(Consumer<? super LedgerRecord> sink) {
    new ArrayList<>(records).forEach(sink);
  }

  @Override
  public synchronized void append(LedgerRecord record) {
    records.add(record);
  }

  @Override
  public synchronized List<LedgerRecord> records() {
    return new ArrayList<>(records);
  }

  @Override
  public String toString() {
    return "LedgerStore.memory()";
  }
}
