package io.github.xiangzhi.grid.hierarchy;

import io.github.xiangzhi.core.id.HouseholdId;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Household ids kept compactly: their UTF-8 bytes end to end, an offset and a hash each, and an
 * open-addressing table of positions. About 16 bytes per household plus the id's length, against
 * well over a hundred for a {@code HashMap<HouseholdId, Integer>}. Immutable once built.
 */
final class HouseholdTable {
  private final byte[] bytes;
  private final int[] offsets; // size + 1
  private final int[] hashes;
  private final int[] slots; // position + 1, 0 = empty; capacity a power of two, at most half full
  private final int size;

  private HouseholdTable(byte[] bytes, int[] offsets, int[] hashes, int[] slots, int size) {
    this.bytes = bytes;
    this.offsets = offsets;
    this.hashes = hashes;
    this.slots = slots;
    this.size = size;
  }

  /** Builds the table of {@code ids} in order; returns the positions of repeated ids in {@code duplicates}. */
  static HouseholdTable of(HouseholdId[] ids, java.util.List<Integer> duplicates) {
    int n = ids.length;
    int[] offsets = new int[n + 1];
    int[] hashes = new int[n];
    byte[][] encoded = new byte[n][];
    int total = 0;
    for (int i = 0; i < n; i++) {
      String s = ids[i].value();
      encoded[i] = s.getBytes(StandardCharsets.UTF_8);
      hashes[i] = s.hashCode();
      offsets[i] = total;
      total += encoded[i].length;
    }
    offsets[n] = total;
    byte[] bytes = new byte[total];
    for (int i = 0; i < n; i++) {
      System.arraycopy(encoded[i], 0, bytes, offsets[i], encoded[i].length);
    }
    int capacity = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
    int[] slots = new int[capacity];
    HouseholdTable table = new HouseholdTable(bytes, offsets, hashes, slots, n);
    for (int i = 0; i < n; i++) {
      int slot = table.probe(ids[i].value(), hashes[i]);
      if (slots[slot] != 0) {
        duplicates.add(i);
      } else {
        slots[slot] = i + 1;
      }
    }
    return table;
  }

  int size() {
    return size;
  }

  /** The id at {@code position}. */
  HouseholdId get(int position) {
    return HouseholdId.of(text(position));
  }

  String text(int position) {
    return new String(bytes, offsets[position], offsets[position + 1] - offsets[position],
        StandardCharsets.UTF_8);
  }

  /** The position of {@code id}, or -1. */
  int indexOf(HouseholdId id) {
    String s = id.value();
    int slot = probe(s, s.hashCode());
    return slots[slot] - 1;
  }

  /** The slot holding {@code s}, or the empty slot where it would go. */
  private int probe(String s, int hash) {
    int mask = slots.length - 1;
    int slot = mix(hash) & mask;
    while (true) {
      int entry = slots[slot];
      if (entry == 0) {
        return slot;
      }
      int position = entry - 1;
      if (hashes[position] == hash && sameText(position, s)) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  private boolean sameText(int position, String s) {
    int from = offsets[position];
    int length = offsets[position + 1] - from;
    if (length == s.length()) {
      boolean ascii = true;
      for (int i = 0; i < length; i++) {
        byte b = bytes[from + i];
        if (b < 0) {
          ascii = false;
          break;
        }
        if (b != s.charAt(i)) {
          return false;
        }
      }
      if (ascii) {
        return true;
      }
    }
    byte[] encoded = s.getBytes(StandardCharsets.UTF_8);
    return Arrays.equals(bytes, from, from + length, encoded, 0, encoded.length);
  }

  private static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
