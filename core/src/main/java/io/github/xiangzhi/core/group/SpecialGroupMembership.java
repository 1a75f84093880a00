package io.github.xiangzhi.core.group;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.HouseholdId;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.privacy.Disclosure;
import io.github.xiangzhi.core.privacy.Sensitivity;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 特殊群体成员 — one person's membership of one special-group category, with the person answerable
 * for them (003: 责任人).
 *
 * <p>Personal data: {@link #toString()} names no category, and JSON writes {@code
 * {"withheld":true}} unless the writer's {@link Disclosure} allows the category's sensitivity.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(using = SpecialGroupMembership.Redacting.class)
@JsonDeserialize(as = ImmutableSpecialGroupMembership.class)
public abstract class SpecialGroupMembership {

  /** The member. */
  public abstract PersonId person();

  /** The member's household, where known. */
  public abstract Optional<HouseholdId> household();

  /** The category code. */
  public abstract String category();

  /** The category's sensitivity, copied so that redaction needs no catalog. */
  public abstract Sensitivity sensitivity();

  /** Since when, where known. */
  public abstract Optional<LocalDate> since();

  /** The person answerable for the member, where assigned. */
  public abstract Optional<PersonId> responsiblePerson();

  /** A membership of {@code person} in {@code category}. */
  public static SpecialGroupMembership of(PersonId person, SpecialGroupCategory category) {
    return builder().person(person).category(category.code()).sensitivity(category.sensitivity())
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a membership. */
  public static final class Builder extends ImmutableSpecialGroupMembership.Builder {}

  /** True when {@code disclosure} allows this membership to be shown. */
  public boolean isVisibleTo(Disclosure disclosure) {
    return disclosure.allows(sensitivity());
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(category()), "/category", "core.code.syntax", category());
    checks.throwIfAny();
  }

  /** Names the person only: the category is personal data. */
  @Override
  public String toString() {
    return "SpecialGroupMembership{person=" + person() + ", category=<withheld>}";
  }

  /** Writes the membership only where the writer's disclosure allows it. */
  static final class Redacting extends StdSerializer<SpecialGroupMembership> {
    private static final long serialVersionUID = 1L;

    Redacting() {
      super(SpecialGroupMembership.class);
    }

    @Override
    public void serialize(
        SpecialGroupMembership m, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      out.writeStartObject();
      if (!m.isVisibleTo(Disclosure.from(provider))) {
        out.writeBooleanField("withheld", true);
        out.writeEndObject();
        return;
      }
      out.writeStringField("person", m.person().value());
      if (m.household().isPresent()) {
        out.writeStringField("household", m.household().get().value());
      }
      out.writeStringField("category", m.category());
      out.writeStringField("sensitivity", m.sensitivity().name());
      if (m.since().isPresent()) {
        out.writeStringField("since", m.since().get().toString());
      }
      if (m.responsiblePerson().isPresent()) {
        out.writeStringField("responsiblePerson", m.responsiblePerson().get().value());
      }
      out.writeEndObject();
    }
  }
}
