package io.github.xiangzhi.grid.element;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.InvalidValueException.Violation;
import io.github.xiangzhi.core.ValueChecks;
import io.github.xiangzhi.core.id.UnitId;
import io.github.xiangzhi.grid.hierarchy.Hierarchy;
import io.github.xiangzhi.grid.hierarchy.UnitTotals;
import io.github.xiangzhi.grid.hierarchy.UnknownUnitException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 要素台账 — the people, places, things and events of an area, registered to the units of one
 * {@link Hierarchy} (R-GRID-3, 000: "将人、地、物、事等基本要素,纳入网格管理范畴").
 *
 * <p>Elements are kept sorted by their unit's pre-order position, so the elements of a subtree
 * are one contiguous range: {@link #within(UnitId)} finds it by two binary searches and returns a
 * view. {@link #countByKind()} rolls the counts of each kind up to every unit in one pass.
 *
 * <p>Performance notes: building sorts the elements, O(n log n); {@link #at}, {@link #within}
 * and {@link #element} take O(log n) or O(1) and allocate only a view.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ElementRegistry {
  private final Hierarchy hierarchy;
  private final ImmutableMap<String, ElementType> types;
  private final ImmutableList<GridElement> elements; // by unit position, then as given
  private final int[] positions; // unit position per element, ascending
  private final ImmutableMap<ElementId, Integer> byId;

  private ElementRegistry(Hierarchy hierarchy, ImmutableMap<String, ElementType> types,
      ImmutableList<GridElement> elements, int[] positions) {
    this.hierarchy = hierarchy;
    this.types = types;
    this.elements = elements;
    this.positions = positions;
    Map<ElementId, Integer> ids = new HashMap<>();
    for (int i = 0; i < elements.size(); i++) {
      ids.put(elements.get(i).id(), i);
    }
    this.byId = ImmutableMap.copyOf(ids);
  }

  /**
   * The registry of {@code elements} of {@code types} over {@code hierarchy}.
   *
   * @throws io.github.xiangzhi.core.InvalidValueException naming every duplicate type code or
   *     element id, unknown type or unit, and household outside its element's unit (paths
   *     {@code /types/i/code}, {@code /elements/i/unit})
   */
  public static ElementRegistry of(Hierarchy hierarchy, List<ElementType> types,
      List<GridElement> elements) {
    checkNotNull(hierarchy, "hierarchy");
    ValueChecks checks = new ValueChecks();
    checks.unique("/types", types, ElementType::code, "code");
    checks.unique("/elements", elements, GridElement::id, "id");
    Map<String, ElementType> byCode = new LinkedHashMap<>();
    types.forEach(t -> byCode.putIfAbsent(t.code(), t));
    int[] unitOf = new int[elements.size()];
    for (int i = 0; i < elements.size(); i++) {
      GridElement e = elements.get(i);
      String path = "/elements/" + i;
      checks.check(byCode.containsKey(e.type()), path + "/type", "grid.element.type.unknown",
          e.id(), e.type());
      unitOf[i] = hierarchy.indexOf(e.unit());
      if (checks.check(unitOf[i] >= 0, path + "/unit", "grid.element.unit.unknown", e.id(),
          e.unit()) && e.household().isPresent()) {
        int h = hierarchy.indexOf(e.household().get());
        if (checks.check(h >= 0, path + "/household", "grid.element.household.unknown", e.id(),
            e.household().get())) {
          checks.check(hierarchy.isWithin(hierarchy.unitIndexOfHousehold(h), unitOf[i]),
              path + "/household", "grid.element.household.outside", e.id(),
              e.household().get(), e.unit());
        }
      }
    }
    checks.throwIfAny();
    Integer[] order = new Integer[elements.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(unitOf[a], unitOf[b])); // stable
    ImmutableList.Builder<GridElement> sorted = ImmutableList.builderWithExpectedSize(order.length);
    int[] positions = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      sorted.add(elements.get(order[i]));
      positions[i] = unitOf[order[i]];
    }
    return new ElementRegistry(hierarchy, ImmutableMap.copyOf(byCode), sorted.build(),
        positions);
  }

  /** The hierarchy the elements are registered in. */
  public Hierarchy hierarchy() {
    return hierarchy;
  }

  /** The element types, in the order given. */
  public List<ElementType> types() {
    return types.values().asList();
  }

  /** The type {@code code}, if defined. */
  public Optional<ElementType> type(String code) {
    return Optional.ofNullable(types.get(code));
  }

  /**
   * The kind of {@code element}'s type.
   *
   * @throws InvalidValueException at {@code /type} naming the element and its type, when the
   *     registry has no such type (the element is not of this registry)
   */
  public ElementKind kindOf(GridElement element) {
    checkNotNull(element, "element");
    ElementType type = types.get(element.type());
    if (type == null) {
      throw new InvalidValueException(List.of(new Violation("/type", "grid.element.type.unknown",
          List.of(element.id(), element.type()))));
    }
    return type.kind();
  }

  /** The number of elements. */
  public int size() {
    return elements.size();
  }

  /** Every element, in the pre-order of their units. */
  public List<GridElement> elements() {
    return elements;
  }

  /** The element {@code id}, if registered. */
  public Optional<GridElement> element(ElementId id) {
    Integer i = byId.get(id);
    return i == null ? Optional.empty() : Optional.of(elements.get(i));
  }

  /**
   * The elements registered to {@code unit} itself: a view.
   *
   * @throws UnknownUnitException if the hierarchy does not hold the unit
   */
  public List<GridElement> at(UnitId unit) {
    int p = position(unit);
    return elements.subList(first(p), first(p + 1));
  }

  /**
   * The elements registered to {@code root} and every unit below it: a view, found in O(log n).
   *
   * @throws UnknownUnitException if the hierarchy does not hold the unit
   */
  public List<GridElement> within(UnitId root) {
    int p = position(root);
    return elements.subList(first(p), first(hierarchy.subtreeEnd(p)));
  }

  /** The elements of {@code kind} within {@code root}'s subtree. */
  public List<GridElement> within(UnitId root, ElementKind kind) {
    List<GridElement> out = new ArrayList<>();
    for (GridElement e : within(root)) {
      if (kindOf(e) == kind) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The number of elements of each kind within every unit, metric {@code kind.ordinal()}: how
   * many rented houses, hazard sites and disputes each village holds.
   */
  public UnitTotals countByKind() {
    int kinds = ElementKind.values().length;
    return hierarchy.rollupUnits(kinds, (unit, row) -> {
      for (int i = first(unit); i < positions.length && positions[i] == unit; i++) {
        row[kindOf(elements.get(i)).ordinal()]++;
      }
    });
  }

  private int position(UnitId unit) {
    int p = hierarchy.indexOf(unit);
    if (p < 0) {
      // reuse the hierarchy's own exception and message
      hierarchy.unit(unit);
    }
    return p;
  }

  /** The first element index whose unit position is at least {@code p}. */
  private int first(int p) {
    int lo = 0;
    int hi = positions.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (positions[mid] < p) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public String toString() {
    return "ElementRegistry{" + elements.size() + " elements, " + types.size() + " types}";
  }
}
