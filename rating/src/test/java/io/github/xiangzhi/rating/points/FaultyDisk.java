package io.github.xiangzhi.rating.points;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link JournalStore.Opener} whose channels behave as a real disk may but seldom does on
 * demand: reads that return fewer bytes than asked, a disk that fills up in the middle of a write,
 * a force, truncation or close that fails. It also tells whether everything written has been
 * forced.
 */
final class FaultyDisk implements JournalStore.Opener {
  /** The most bytes one read returns. */
  int maxRead = Integer.MAX_VALUE;
  /** Bytes the disk still takes before every write fails; negative: no limit. */
  long room = -1;
  boolean failForce;
  boolean failTruncate;
  boolean failClose;
  /** Bytes written or cut off since the last successful force. */
  boolean unforced;
  int forces;
  final List<FileChannel> opened = new ArrayList<>();

  @Override
  public FileChannel open(Path file, OpenOption... options) throws IOException {
    FileChannel channel = new Channel(FileChannel.open(file, options));
    opened.add(channel);
    return channel;
  }

  private final class Channel extends FileChannel {
    private final FileChannel real;

    Channel(FileChannel real) {
      this.real = real;
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
      int limit = dst.limit();
      dst.limit(dst.position() + Math.min(dst.remaining(), maxRead));
      try {
        return real.read(dst, position);
      } finally {
        dst.limit(limit);
      }
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
      if (room == 0) {
        throw new IOException("no space left on device");
      }
      int limit = src.limit();
      if (room > 0) {
        src.limit(src.position() + (int) Math.min(src.remaining(), room));
      }
      try {
        int n = real.write(src, position);
        if (room > 0) {
          room -= n;
        }
        unforced |= n > 0;
        return n;
      } finally {
        src.limit(limit);
      }
    }

    @Override
    public long size() throws IOException {
      return real.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      if (failTruncate) {
        throw new IOException("truncate failed");
      }
      unforced |= size < real.size();
      real.truncate(size);
      return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      if (failForce) {
        throw new IOException("force failed");
      }
      real.force(metaData);
      forces++;
      unforced = false;
    }

    @Override
    protected void implCloseChannel() throws IOException {
      real.close();
      if (failClose) {
        throw new IOException("close failed");
      }
    }

    // The journal uses none of the rest.

    @Override
    public int read(ByteBuffer dst) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int write(ByteBuffer src) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long position() {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileChannel position(long newPosition) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) {
      throw new UnsupportedOperationException();
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) {
      throw new UnsupportedOperationException();
    }
  }
}
