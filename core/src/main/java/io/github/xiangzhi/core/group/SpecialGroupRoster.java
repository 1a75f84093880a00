package io.github.xiangzhi.core.group;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.privacy.Disclosure;
import java.io.IOException;
import java.util.List;
import org.immutables.value.Value;

/**
 * 特殊群体台账 — the register of special-group memberships of an area.
 *
 * <p>Personal data: {@link #toString()} gives only the count; JSON writes the memberships the
 * writer's {@link Disclosure} allows and the number withheld; {@link #visibleTo(Disclosure)}
 * gives the part a caller may see.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(using = SpecialGroupRoster.Redacting.class)
@JsonDeserialize(as = ImmutableSpecialGroupRoster.class)
public abstract class SpecialGroupRoster {

  /** Every membership. */
  public abstract ImmutableList<SpecialGroupMembership> memberships();

  /** A roster of {@code memberships}. */
  public static SpecialGroupRoster of(Iterable<? extends SpecialGroupMembership> memberships) {
    return ImmutableSpecialGroupRoster.builder().memberships(memberships).build();
  }

  @Value.Lazy
  ImmutableListMultimap<PersonId, SpecialGroupMembership> byPerson() {
    return Multimaps.index(memberships(), SpecialGroupMembership::person);
  }

  @Value.Lazy
  ImmutableListMultimap<String, SpecialGroupMembership> byCategory() {
    return Multimaps.index(memberships(), SpecialGroupMembership::category);
  }

  /** The memberships of {@code person}. */
  public List<SpecialGroupMembership> of(PersonId person) {
    return byPerson().get(person);
  }

  /** The members of the category {@code code}. */
  public List<SpecialGroupMembership> members(String code) {
    return byCategory().get(code);
  }

  /** The memberships {@code disclosure} allows to be shown. */
  public SpecialGroupRoster visibleTo(Disclosure disclosure) {
    ImmutableList<SpecialGroupMembership> visible =
        memberships().stream().filter(m -> m.isVisibleTo(disclosure))
            .collect(ImmutableList.toImmutableList());
    return visible.size() == memberships().size() ? this : of(visible);
  }

  /** The count only: memberships are personal data. */
  @Override
  public String toString() {
    return "SpecialGroupRoster{" + memberships().size() + " memberships}";
  }

  /** Writes the visible memberships and how many were withheld. */
  static final class Redacting extends StdSerializer<SpecialGroupRoster> {
    private static final long serialVersionUID = 1L;

    Redacting() {
      super(SpecialGroupRoster.class);
    }

    @Override
    public void serialize(SpecialGroupRoster roster, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      Disclosure disclosure = Disclosure.from(provider);
      out.writeStartObject();
      out.writeArrayFieldStart("memberships");
      int withheld = 0;
      for (SpecialGroupMembership m : roster.memberships()) {
        if (m.isVisibleTo(disclosure)) {
          provider.defaultSerializeValue(m, out);
        } else {
          withheld++;
        }
      }
      out.writeEndArray();
      if (withheld > 0) {
        out.writeNumberField("withheld", withheld);
      }
      out.writeEndObject();
    }
  }
}
