package io.github.xiangzhi.core.profile;

import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.Codes;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A section of the county profile that a module contributes, found through {@link
 * java.util.ServiceLoader} (R-CORE-6): core knows no module, each module registers its sections.
 *
 * <p>A section is a value type read and written by Jackson. The loader checks the document
 * against the JSON Schema generated from the type, binds it (the type's own invariants apply),
 * then calls {@link #check} for the checks that need other sections, such as references from the
 * rating section to units of the grid section.
 *
 * <p>Implementations are stateless and have a public no-argument constructor.
 *
 * @param <T> the section's value type
 */
public abstract class ProfileSectionType<T> {

  private final String name;
  private final Class<T> type;

  /**
   * A section called {@code name} (lower camel case, such as {@code specialGroups}) whose value is
   * a {@code type}.
   */
  protected ProfileSectionType(String name, Class<T> type) {
    if (!name.matches("[a-z][A-Za-z0-9]*")) {
      throw new IllegalArgumentException("section names are lower camel case: " + name);
    }
    this.name = name;
    this.type = Objects.requireNonNull(type, "type");
  }

  /** The section's key in the document. */
  public final String name() {
    return name;
  }

  /** The section's value type. */
  public final Class<T> type() {
    return type;
  }

  /** True when every profile must have this section; false by default. */
  public boolean isRequired() {
    return false;
  }

  /** The value a profile without this section gets, if any. */
  public Optional<T> defaultValue() {
    return Optional.empty();
  }

  /**
   * Checks {@code section} against the rest of the profile, reporting every problem with a path
   * relative to the section. Does nothing by default.
   */
  public void check(T section, ProfileContext context, ProblemReporter problems) {}

  /**
   * Built-in presets of this section as YAML text of the section's body, by preset code: a
   * county starts from one and edits it. None by default.
   */
  public Map<String, String> presets() {
    return ImmutableMap.of();
  }

  /**
   * A one-line summary of {@code section} for people, in {@code locale}'s language, such as "13
   * holidays, 13 make-up workdays". The section's name by default.
   */
  public String summary(T section, Locale locale) {
    return name;
  }

  /** Checks that a preset code follows {@link Codes}' syntax, for implementations. */
  protected static String presetCode(String code) {
    if (!Codes.isCode(code)) {
      throw new IllegalArgumentException("preset codes are upper-case English: " + code);
    }
    return code;
  }

  @Override
  public String toString() {
    return "ProfileSectionType[" + name + ": " + type.getName() + "]";
  }
}
