package io.github.xiangzhi.rating.points;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xiangzhi.core.json.XiangzhiJson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * {@link LedgerStore#journal(Path)}: an append-only file of JSON lines, one {@link LedgerRecord}
 * a line, each forced to the disk ({@link FileChannel#force}) before {@link #append} returns.
 *
 * <p>A record is acknowledged only after its whole line, line end included, is on the disk. So
 * after a crash the file holds every acknowledged line and perhaps the beginning of one more: a
 * last line without its line end, which {@link #open} cuts off. Any line before that must be a
 * record; {@link #replay} refuses the file at the first that is not, naming its number. A write
 * that fails is cut off again, so the next append starts on a clean line; if even that fails the
 * store refuses every later append.
 *
 * <p>Thread-safe: appends are serialised on the store.
 */
final class JournalStore implements LedgerStore {
  private static final byte NEWLINE = '\n';

  /**
   * How the store opens its file: {@link FileChannel#open(Path, OpenOption...)}; the tests pass
   * channels that read short, fail or count the forces, which a real disk does not do on demand.
   */
  @FunctionalInterface
  interface Opener {
    FileChannel open(Path file, OpenOption... options) throws IOException;
  }

  private final Path file;
  private final Opener opener;
  private final FileChannel channel;
  /** Shared: configured once, thread-safe, and its caches stay warm across journals. */
  private static final ObjectMapper MAPPER = XiangzhiJson.newMapper();
  private long size; // guarded by this: the end of the last complete line
  private boolean broken; // guarded by this
  private boolean closed; // guarded by this

  private JournalStore(Path file, Opener opener, FileChannel channel, long size) {
    this.file = file;
    this.opener = opener;
    this.channel = channel;
    this.size = size;
  }

  /** Opens or creates {@code file} and cuts off a torn last line. */
  static JournalStore open(Path file) {
    return open(file, FileChannel::open);
  }

  /** {@link #open(Path)} with the files opened by {@code opener}. */
  static JournalStore open(Path file, Opener opener) {
    FileChannel channel = null;
    try {
      channel = opener.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      long length = channel.size();
      long end = endOfLastLine(channel, length);
      if (end < length) {
        // a torn write, never acknowledged. No force here: if a crash undoes the truncation, the
        // next open cuts the same bytes again; the next append's force persists both.
        channel.truncate(end);
      }
      return new JournalStore(file, opener, channel, end);
    } catch (IOException | RuntimeException e) {
      if (channel != null) {
        try {
          channel.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw new PointsException(e, PointsError.JOURNAL_IO, file, String.valueOf(e));
    }
  }

  /** The offset just after the last line end, 0 if there is none. */
  private static long endOfLastLine(FileChannel channel, long length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(8192);
    long position = length;
    while (position > 0) {
      int n = (int) Math.min(buffer.capacity(), position);
      position -= n;
      buffer.clear().limit(n);
      while (buffer.hasRemaining()) {
        if (channel.read(buffer, position + buffer.position()) < 0) {
          throw new IOException("the file shrank while being read");
        }
      }
      for (int i = n - 1; i >= 0; i--) {
        if (buffer.get(i) == NEWLINE) {
          return position + i + 1;
        }
      }
    }
    return 0;
  }

  @Override
  public void replay(Consumer<? super LedgerRecord> sink) {
    long end;
    synchronized (this) {
      checkOpen();
      end = size;
    }
    long lineNumber = 0;
    // a channel of its own: closing it must not close the one appends use
    try (FileChannel reader = opener.open(file, StandardOpenOption.READ)) {
      ByteBuffer chunk = ByteBuffer.allocate(1 << 16);
      byte[] line = new byte[256];
      int length = 0;
      long read = 0;
      while (read < end) {
        chunk.clear().limit((int) Math.min(chunk.capacity(), end - read));
        int n = reader.read(chunk, read);
        if (n < 0) {
          throw new IOException("the file ended before its last line");
        }
        read += n;
        byte[] bytes = chunk.array();
        int from = 0;
        for (int i = 0; i < n; i++) {
          if (bytes[i] != NEWLINE) {
            continue;
          }
          int part = i - from;
          if (length + part > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + part));
          }
          System.arraycopy(bytes, from, line, length, part);
          length += part;
          lineNumber++;
          sink.accept(parse(line, length, lineNumber));
          length = 0;
          from = i + 1;
        }
        int rest = n - from;
        if (length + rest > line.length) {
          line = Arrays.copyOf(line, Math.max(line.length * 2, length + rest));
        }
        System.arraycopy(bytes, from, line, length, rest);
        length += rest;
      }
    } catch (IOException e) {
      throw new PointsException(e, PointsError.JOURNAL_IO, file, String.valueOf(e));
    }
  }

  private LedgerRecord parse(byte[] buffer, int length, long line) {
    try {
      LedgerRecord record = MAPPER.readValue(buffer, 0, length, LedgerRecord.class);
      if (record == null) {
        throw new PointsException(PointsError.JOURNAL_MALFORMED, file, line, "null");
      }
      return record;
    } catch (JsonProcessingException e) {
      String detail = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
      throw new PointsException(e, PointsError.JOURNAL_MALFORMED, file, line, detail);
    } catch (IOException | RuntimeException e) {
      if (e instanceof PointsException) {
        throw (PointsException) e;
      }
      throw new PointsException(e, PointsError.JOURNAL_MALFORMED, file, line, String.valueOf(e));
    }
  }

  @Override
  public void append(LedgerRecord record) {
    byte[] json;
    try {
      json = MAPPER.writeValueAsBytes(record);
    } catch (JsonProcessingException e) {
      throw new PointsException(e, PointsError.JOURNAL_IO, file, String.valueOf(e));
    }
    ByteBuffer line = ByteBuffer.allocate(json.length + 1).put(json).put(NEWLINE).flip();
    synchronized (this) {
      checkOpen();
      if (broken) {
        throw new PointsException(PointsError.JOURNAL_IO, file, "an earlier write failed");
      }
      long at = size;
      try {
        while (line.hasRemaining()) {
          at += channel.write(line, at);
        }
        channel.force(false);
        size = at;
      } catch (IOException | RuntimeException e) {
        try {
          channel.truncate(size); // drop the part written, so the next line starts clean
          channel.force(true);
        } catch (IOException | RuntimeException again) {
          broken = true;
          e.addSuppressed(again);
        }
        throw new PointsException(e, PointsError.JOURNAL_IO, file, String.valueOf(e));
      }
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new PointsException(PointsError.JOURNAL_IO, file, "the journal is closed");
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      channel.close();
    } catch (IOException e) {
      throw new PointsException(e, PointsError.JOURNAL_IO, file, String.valueOf(e));
    }
  }

  @Override
  public String toString() {
    return "LedgerStore.journal(" + file + ")";
  }
}
