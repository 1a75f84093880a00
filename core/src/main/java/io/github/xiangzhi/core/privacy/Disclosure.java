package io.github.xiangzhi.core.privacy;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Set;

/**
 * What personal data a caller may see: a set of {@link Permission}s. The default, {@link
 * #none()}, masks resident ids and withholds every special-group membership.
 *
 * <p>Serialisation asks the writer's disclosure: {@code disclosure.applyTo(mapper.writer())}
 * gives a writer that reveals what the permissions allow; a plain writer reveals nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Disclosure {

  /** The Jackson writer attribute under which a disclosure travels. */
  public static final Object ATTRIBUTE = Disclosure.class;

  private static final Disclosure NONE = new Disclosure(EnumSet.noneOf(Permission.class));

  private final Set<Permission> permissions;

  private Disclosure(EnumSet<Permission> permissions) {
    this.permissions = Sets.immutableEnumSet(permissions);
  }

  /** Nothing beyond the masked default. */
  public static Disclosure none() {
    return NONE;
  }

  /** The given permissions. */
  public static Disclosure of(Permission first, Permission... rest) {
    return new Disclosure(EnumSet.of(first, rest));
  }

  /** Everything: for a data controller's own export, never for display. */
  public static Disclosure all() {
    return new Disclosure(EnumSet.allOf(Permission.class));
  }

  /** The disclosure a Jackson writer carries, or {@link #none()}. */
  public static Disclosure from(SerializerProvider provider) {
    Object attribute = provider.getAttribute(ATTRIBUTE);
    return attribute instanceof Disclosure ? (Disclosure) attribute : NONE;
  }

  /** True when {@code permission} is granted. */
  public boolean allows(Permission permission) {
    if (permission == Permission.SPECIAL_GROUPS) {
      return permissions.contains(Permission.SPECIAL_GROUPS)
          || permissions.contains(Permission.SENSITIVE_SPECIAL_GROUPS);
    }
    return permissions.contains(permission);
  }

  /** True when membership of a group of {@code sensitivity} may be shown. */
  public boolean allows(Sensitivity sensitivity) {
    return sensitivity == Sensitivity.SENSITIVE
        ? allows(Permission.SENSITIVE_SPECIAL_GROUPS)
        : allows(Permission.SPECIAL_GROUPS);
  }

  /** The permissions granted. */
  public Set<Permission> permissions() {
    return permissions;
  }

  /** {@code writer} carrying this disclosure. */
  public ObjectWriter applyTo(ObjectWriter writer) {
    return writer.withAttribute(ATTRIBUTE, this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Disclosure && ((Disclosure) o).permissions.equals(permissions);
  }

  @Override
  public int hashCode() {
    return permissions.hashCode();
  }

  @Override
  public String toString() {
    return "Disclosure" + permissions;
  }
}
