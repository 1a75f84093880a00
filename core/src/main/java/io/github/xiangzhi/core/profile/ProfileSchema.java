package io.github.xiangzhi.core.profile;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Generates the profile's JSON Schema (draft 2020-12) from the section types with victools'
 * generator: one definition per value type, properties from the abstract accessors of the
 * Immutables types (and {@code @JsonProperty} defaults), unknown fields forbidden, required
 * exactly where a value has no default. Scalar value types say their JSON form with {@link
 * ProfileScalar}.
 */
final class ProfileSchema {
  private ProfileSchema() {}

  static final String ID = "https://xiangzhi.github.io/schema/county-profile.schema.json";

  private static final String TIME = "^[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?$";
  private static final String YEAR_MONTH = "^[0-9]{4}-[0-9]{2}$";
  private static final String MONTH_DAY = "^--[0-9]{2}-[0-9]{2}$";

  /**
   * The schema of a profile of {@code sections}; {@code patternProblems} receives, for each
   * pattern the schema uses, the message key of a value that does not match it, where a {@link
   * ProfileScalar} or a java.time type names one.
   */
  static ObjectNode generate(ObjectMapper mapper, List<ProfileSectionType<?>> sections,
      Map<String, String> patternProblems) {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(mapper, SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS)
            .with(Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS)
            .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
            .with(Option.FLATTENED_ENUMS)
            .with(Option.FLATTENED_OPTIONALS)
            .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
            .with(Option.PLAIN_DEFINITION_KEYS)
            .without(Option.PUBLIC_NONSTATIC_FIELDS)
            .without(Option.NONPUBLIC_NONSTATIC_FIELDS_WITH_GETTERS)
            .without(Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS)
            .with(new JacksonModule(JacksonOption.IGNORE_PROPERTY_NAMING_STRATEGY));
    config.forTypesInGeneral().withCustomDefinitionProvider(
        (javaType, context) -> scalar(mapper, javaType, patternProblems));
    config.forMethods().withIgnoreCheck(ProfileSchema::notAnAttribute);
    config.forMethods().withRequiredCheck(ProfileSchema::isRequired);
    // with derived fields enabled, this names a method's property "id" rather than "id()"
    config.forMethods().withPropertyNameOverrideResolver(m -> m.getRawMember().getName());
    config.forFields().withIgnoreCheck(field -> true);
    SchemaBuilder builder = new SchemaGenerator(config.build()).buildMultipleSchemaDefinitions();

    ObjectNode root = mapper.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", ID);
    root.put("title", "Xiangzhi county profile");
    root.put("description",
        "One document configures a county or town: a section per module (R-CORE-6).");
    root.put("type", "object");
    ObjectNode properties = root.putObject("properties");
    ArrayNode required = mapper.createArrayNode();
    for (ProfileSectionType<?> section : sections) {
      properties.set(section.name(), builder.createSchemaReference(section.type()));
      if (section.isRequired()) {
        required.add(section.name());
      }
    }
    if (!required.isEmpty()) {
      root.set("required", required);
    }
    root.put("additionalProperties", false);
    root.set("$defs", builder.collectDefinitions("$defs"));
    return root;
  }

  /** Scalars: types marked {@link ProfileScalar} and the java.time types profiles use. */
  private static CustomDefinition scalar(ObjectMapper mapper, ResolvedType javaType,
      Map<String, String> patternProblems) {
    Class<?> raw = javaType.getErasedType();
    ObjectNode node = mapper.createObjectNode();
    ProfileScalar scalar = raw.getAnnotation(ProfileScalar.class);
    if (scalar != null) {
      if (scalar.types().length == 1) {
        node.put("type", scalar.types()[0]);
      } else {
        ArrayNode types = node.putArray("type");
        for (String t : scalar.types()) {
          types.add(t);
        }
      }
      if (!scalar.pattern().isEmpty()) {
        node.put("pattern", scalar.pattern());
        if (!scalar.patternProblem().isEmpty()) {
          patternProblems.putIfAbsent(scalar.pattern(), scalar.patternProblem());
        }
      }
      if (!scalar.description().isEmpty()) {
        node.put("description", scalar.description());
      }
    } else if (raw == LocalDate.class) {
      node.put("type", "string").put("format", "date");
    } else if (raw == LocalTime.class) {
      node.put("type", "string").put("pattern", TIME);
      patternProblems.putIfAbsent(TIME, "core.time.form");
    } else if (raw == YearMonth.class) {
      node.put("type", "string").put("pattern", YEAR_MONTH);
      patternProblems.putIfAbsent(YEAR_MONTH, "core.yearMonth.form");
    } else if (raw == MonthDay.class) {
      node.put("type", "string").put("pattern", MONTH_DAY);
      patternProblems.putIfAbsent(MONTH_DAY, "core.monthDay.form");
    } else if (raw == Instant.class) {
      node.put("type", "string").put("format", "date-time");
    } else if (raw == Duration.class || ZoneId.class.isAssignableFrom(raw)) {
      node.put("type", "string");
    } else {
      return null;
    }
    return new CustomDefinition(node, true);
  }

  /** Attributes are abstract no-argument accessors, or defaults marked {@code @JsonProperty}. */
  private static boolean notAnAttribute(MethodScope method) {
    Method raw = method.getRawMember();
    if (Modifier.isStatic(raw.getModifiers()) || raw.getParameterCount() > 0
        || raw.getReturnType() == void.class || raw.getDeclaringClass() == Object.class) {
      return true;
    }
    if (raw.isAnnotationPresent(JsonIgnore.class)) {
      return true;
    }
    return !Modifier.isAbstract(raw.getModifiers()) && !raw.isAnnotationPresent(JsonProperty.class);
  }

  /** Required: abstract, not optional, not a collection or map (those default to empty). */
  private static boolean isRequired(MethodScope method) {
    Method raw = method.getRawMember();
    if (!Modifier.isAbstract(raw.getModifiers())) {
      return false;
    }
    Class<?> type = raw.getReturnType();
    return !(Optional.class == type || OptionalInt.class == type || OptionalLong.class == type
        || OptionalDouble.class == type || Collection.class.isAssignableFrom(type)
        || Map.class.isAssignableFrom(type)
        || type.getName().startsWith("com.google.common.collect."));
  }
}
