package io.github.xiangzhi.patrol.audit;

import io.github.xiangzhi.core.LocalizedMessage;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * 无效打卡 — a check-in that matched no scheduled patrol, and why: by someone not on the staff,
 * outside any patrol of theirs, or a second check-in on a patrol already counted.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RejectedCheckIn implements LocalizedMessage {

  /** The check-in. */
  public abstract CheckIn checkIn();

  /** Why it matched nothing. */
  public abstract RejectionReason reason();

  /** {@code checkIn} rejected for {@code reason}. */
  public static RejectedCheckIn of(CheckIn checkIn, RejectionReason reason) {
    return ImmutableRejectedCheckIn.builder().checkIn(checkIn).reason(reason).build();
  }

  @Override
  public final String messageKey() {
    return "patrol.rejected";
  }

  @Override
  public final List<Object> messageArguments() {
    return List.of(checkIn().person().value(), checkIn().at().toString(), checkIn().kind(),
        reason());
  }

  @Override
  public String toString() {
    return message(Locale.ENGLISH);
  }
}
