package io.github.xiangzhi.core.profile;

import io.github.xiangzhi.core.group.SpecialGroupCatalog;
import io.github.xiangzhi.core.time.GovernanceCalendar;
import java.util.Optional;

/**
 * What a section's checks may read of the rest of the profile: the other sections that loaded
 * without problems. A check that needs a section that is absent or broken skips its
 * cross-references; the broken section reports its own problems.
 */
public interface ProfileContext {

  /** The section of type {@code type}, if present and valid. */
  <S> Optional<S> section(Class<S> type);

  /** The calendar section, or the standard calendar when the profile has none. */
  default GovernanceCalendar calendar() {
    return section(GovernanceCalendar.class).orElseGet(GovernanceCalendar::standard);
  }

  /** The special-group categories, or none. */
  default SpecialGroupCatalog specialGroups() {
    return section(SpecialGroupCatalog.class).orElseGet(SpecialGroupCatalog::empty);
  }
}
