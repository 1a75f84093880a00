package io.github.xiangzhi.core.profile;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value type that a profile writes as a scalar (a code, an identifier, a share), telling
 * the profile's JSON Schema which JSON types and which pattern it accepts. The type itself reads
 * and writes the scalar through Jackson ({@code @JsonValue} and a creator or deserializer).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProfileScalar {

  /** The JSON types accepted: {@code "string"}, {@code "number"}, {@code "integer"}. */
  String[] types() default {"string"};

  /** A regular expression the string form must match, or empty for none. */
  String pattern() default "";

  /** What the scalar is, for the schema's description. */
  String description() default "";

  /**
   * The message key of a profile problem for a value that does not match {@link #pattern()},
   * with the value as its argument ({@code core.id.form}: "'x y' is not a valid id: use 1 to 64
   * letters, ..."); empty for the generic message, which shows the pattern itself.
   */
  String patternProblem() default "";
}
