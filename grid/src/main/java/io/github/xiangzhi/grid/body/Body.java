package io.github.xiangzhi.grid.body;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.xiangzhi.core.Codes;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.core.text.Named;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * 治理机构 — a governance body: a township office (平安办 {@code PEACE_OFFICE}, 党群办 {@code
 * PARTY_MASS_OFFICE} with its 组织 and 宣传 {@linkplain #desks() desks}, 司法所 {@code
 * JUDICIAL_OFFICE}), a village body (村"两委", 红白理事会, 村民评理所, 组级理事会) or an outside body (派出所
 * {@code POLICE_STATION}, 区法院 {@code DISTRICT_COURT}).
 *
 * <p>Its {@link #code()} is unique in the grid section; village bodies of the same kind — each
 * village's two committees — share a {@link #kind()} ({@code TWO_COMMITTEES}), by which "各村"
 * (every village) and the tiers of a ladder name them all. It is attached to a {@link #unit()} of
 * the hierarchy where the hierarchy has one (a township office sits at the town, the two
 * committees at their village); a township office of a hierarchy that starts at the village, or
 * an outside body, may have none. Its members are staff in roles.
 *
 * <pre>{@code
 * - {code: PARTY_MASS_OFFICE, name: 党群办, nameEn: party and mass work office, sphere: TOWNSHIP,
 *    kind: TOWN_DEPARTMENT, unit: sb,
 *    desks: [{code: ORGANISATION, name: 组织}, {code: PUBLICITY, name: 宣传}],
 *    members: [{person: p07, role: TOWN_CADRE, desk: PUBLICITY}]}
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBody.class)
@JsonDeserialize(as = ImmutableBody.class)
public abstract class Body implements Named {

  /** The body's code, unique in the grid section: {@code PEACE_OFFICE}, {@code LW_TWO_COMMITTEES}. */
  @Override
  public abstract String code();

  /** The name as the source writes it: 平安办. */
  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> nameEn();

  /**
   * The kind of body, shared by the bodies of the same kind in different villages: {@code
   * TWO_COMMITTEES}, {@code RED_WHITE_COUNCIL}, {@code TOWN_DEPARTMENT}.
   */
  public abstract Optional<String> kind();

  /** Township, village or outside. */
  public abstract BodySphere sphere();

  /** The unit the body is attached to, where the hierarchy has one. */
  public abstract Optional<UnitId> unit();

  /** The body's desks (科室), such as 党群办's 组织 and 宣传. */
  public abstract ImmutableList<Desk> desks();

  /** The members: staff in roles. */
  public abstract ImmutableList<BodyMember> members();

  /** The source documents that name the body, such as {@code 000}. */
  public abstract ImmutableList<String> sources();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a body; {@code build()} checks its codes, desks and members. */
  public static final class Builder extends ImmutableBody.Builder {}

  /** The reference to the whole body. */
  public BodyRef ref() {
    return BodyRef.of(code());
  }

  /** The desk {@code code}, if the body has it. */
  public Optional<Desk> desk(String code) {
    return desks().stream().filter(d -> d.code().equals(code)).findFirst();
  }

  @Value.Lazy
  ImmutableSet<PersonId> memberSet() {
    return members().stream().map(BodyMember::person).collect(ImmutableSet.toImmutableSet());
  }

  /** The ids of the members, in the order listed. */
  public Set<PersonId> memberIds() {
    return memberSet();
  }

  /** True when {@code person} is a member. */
  public boolean hasMember(PersonId person) {
    return memberSet().contains(person);
  }

  /** True when this body's code or kind is {@code codeOrKind}. */
  public boolean answersTo(String codeOrKind) {
    return code().equals(codeOrKind) || kind().map(codeOrKind::equals).orElse(false);
  }

  @Value.Check
  void check() {
    ValueChecks checks = new ValueChecks();
    checks.check(Codes.isCode(code()), "/code", "core.code.syntax", code());
    checks.check(!name().isBlank(), "/name", "core.blank", "name");
    kind().ifPresent(k -> checks.check(Codes.isCode(k), "/kind", "core.code.syntax", k));
    checks.unique("/desks", desks(), Desk::code, "code");
    checks.unique("/members", members(), BodyMember::person, "person");
    Set<String> deskCodes = new HashSet<>();
    desks().forEach(d -> deskCodes.add(d.code()));
    for (int i = 0; i < members().size(); i++) {
      Optional<String> desk = members().get(i).desk();
      if (desk.isPresent()) {
        checks.check(deskCodes.contains(desk.get()), "/members/" + i + "/desk",
            "grid.body.desk.unknown", code(), desk.get());
      }
    }
    checks.throwIfAny();
  }
}
