package io.github.xiangzhi.grid.body;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.PersonId;
import io.github.xiangzhi.core.id.UnitId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 机构名录 — the governance bodies of a grid section, indexed: by code, by kind, by unit and by
 * member. Other sections resolve their references through it: a reference names one body by its
 * code ({@code JUDICIAL_OFFICE}), or every body of a kind by the kind's code ({@code
 * TWO_COMMITTEES}: each village's two committees), and {@link #at(UnitId, String)} finds a unit's
 * own body of a kind (the two committees of this village).
 *
 * <p>Performance notes: every lookup is a hash lookup; building is O(bodies + members).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BodyRegistry {

  private static final BodyRegistry EMPTY = new BodyRegistry(ImmutableList.of());

  private final ImmutableList<Body> bodies;
  private final ImmutableMap<String, Body> byCode;
  private final ImmutableListMultimap<String, Body> byKind;
  private final ImmutableListMultimap<UnitId, Body> byUnit;
  private final ImmutableListMultimap<PersonId, Body> byMember;

  private BodyRegistry(ImmutableList<Body> bodies) {
    this.bodies = bodies;
    Map<String, Body> codes = new LinkedHashMap<>();
    ImmutableListMultimap.Builder<String, Body> kinds = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<UnitId, Body> units = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<PersonId, Body> members = ImmutableListMultimap.builder();
    for (Body b : bodies) {
      codes.putIfAbsent(b.code(), b);
      b.kind().ifPresent(k -> kinds.put(k, b));
      b.unit().ifPresent(u -> units.put(u, b));
      b.memberIds().forEach(p -> members.put(p, b));
    }
    this.byCode = ImmutableMap.copyOf(codes);
    this.byKind = kinds.build();
    this.byUnit = units.build();
    this.byMember = members.build();
  }

  /**
   * The registry of {@code bodies}.
   *
   * @throws io.github.xiangzhi.core.InvalidValueException naming every code given twice ({@code
   *     /3/code})
   */
  public static BodyRegistry of(List<Body> bodies) {
    checkNotNull(bodies, "bodies");
    ValueChecks checks = new ValueChecks();
    checks.unique("", bodies, Body::code, "code");
    checks.throwIfAny();
    return bodies.isEmpty() ? EMPTY : new BodyRegistry(ImmutableList.copyOf(bodies));
  }

  /** The registry without bodies. */
  public static BodyRegistry empty() {
    return EMPTY;
  }

  /** The bodies, in the order given. */
  public List<Body> bodies() {
    return bodies;
  }

  /** True when there is no body. */
  public boolean isEmpty() {
    return bodies.isEmpty();
  }

  /** The number of bodies. */
  public int size() {
    return bodies.size();
  }

  /** The body {@code code}, if any. */
  public Optional<Body> body(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** True when a body has the code {@code code}. */
  public boolean contains(String code) {
    return byCode.containsKey(code);
  }

  /** The bodies of kind {@code kind}, in the order given. */
  public List<Body> ofKind(String kind) {
    return byKind.get(kind);
  }

  /** The kinds the bodies have. */
  public Set<String> kinds() {
    return byKind.keySet();
  }

  /**
   * True when {@code codeOrKind} names a body by its code or bodies by their kind: what a
   * mediation tier, a patrol team or a special-group category may name.
   */
  public boolean resolves(String codeOrKind) {
    return byCode.containsKey(codeOrKind) || byKind.containsKey(codeOrKind);
  }

  /**
   * True when {@code ref}'s body exists and, when it names a desk, the body has that desk.
   */
  public boolean resolves(BodyRef ref) {
    Body body = byCode.get(ref.body());
    return body != null && (ref.desk().isEmpty() || body.desk(ref.desk().get()).isPresent());
  }

  /**
   * The bodies {@code codeOrKind} names: the body with that code, else every body of that kind;
   * empty when it names none.
   */
  public List<Body> resolve(String codeOrKind) {
    Body body = byCode.get(codeOrKind);
    return body != null ? ImmutableList.of(body) : byKind.get(codeOrKind);
  }

  /** The bodies attached to {@code unit}. */
  public List<Body> at(UnitId unit) {
    return byUnit.get(unit);
  }

  /**
   * {@code unit}'s own body answering to {@code codeOrKind} — its code or its kind — such as a
   * village's two committees ({@code TWO_COMMITTEES}); the first listed when several answer.
   */
  public Optional<Body> at(UnitId unit, String codeOrKind) {
    for (Body b : byUnit.get(unit)) {
      if (b.answersTo(codeOrKind)) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  /** The bodies {@code person} is a member of, in the order given. */
  public List<Body> of(PersonId person) {
    return byMember.get(person);
  }

  /** The codes of every body, in the order given. */
  public Set<String> codes() {
    return byCode.keySet();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BodyRegistry && ((BodyRegistry) o).bodies.equals(bodies);
  }

  @Override
  public int hashCode() {
    return bodies.hashCode();
  }

  @Override
  public String toString() {
    return "BodyRegistry" + byCode.keySet();
  }
}
