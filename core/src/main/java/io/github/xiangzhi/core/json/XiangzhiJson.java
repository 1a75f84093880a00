package io.github.xiangzhi.core.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.primitives.Primitives;
import io.github.xiangzhi.core.InvalidValueException;
import io.github.xiangzhi.core.InvalidValueException.Violation;
import io.github.xiangzhi.core.LocalizedMessage;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson mappers configured for Xiangzhi's values: Guava collections, {@code Optional}s and
 * java.time as ISO text, decimals kept exact, unknown fields rejected, empty optionals left out.
 * Vendors who persist Xiangzhi values in their own stores use these (or apply {@link
 * #configure(ObjectMapper)} to their own mapper).
 *
 * <p>Each call returns a new mapper; a mapper is thread-safe once configured. Personal data is
 * masked unless the writer carries a {@link io.github.xiangzhi.core.privacy.Disclosure}. {@link
 * #read} reads a value back and refuses bad input with an {@link InvalidValueException} naming
 * each problem by its JSON pointer, never with a Jackson exception.
 */
public final class XiangzhiJson {
  private XiangzhiJson() {}

  /** A new JSON mapper. */
  public static ObjectMapper newMapper() {
    return configure(JsonMapper.builder().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build());
  }

  /** A new YAML mapper that writes block style without document markers. */
  public static ObjectMapper newYamlMapper() {
    YAMLFactory factory = YAMLFactory.builder()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        .build();
    return configure(new YAMLMapper(factory));
  }

  /** Applies Xiangzhi's settings to {@code mapper} and returns it. */
  public static ObjectMapper configure(ObjectMapper mapper) {
    mapper.registerModule(new GuavaModule());
    mapper.registerModule(new IndexedCollections()); // after Guava's: the later module wins
    mapper.registerModule(new Jdk8Module());
    mapper.registerModule(new JavaTimeModule());
    mapper.setSerializationInclusion(JsonInclude.Include.NON_ABSENT);
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    mapper.disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
    mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    mapper.setDefaultLeniency(false); // a date is ISO text: 20240101 is not day 20,240,101 of 1970
    return mapper;
  }

  /**
   * Reads a {@code type} from {@code json} with {@code mapper} (one of this class's, or one
   * {@linkplain #configure configured} like them).
   *
   * @throws InvalidValueException if the text is not a {@code type}, with one violation per
   *     problem, each at the JSON pointer (RFC 6901) of the offending value: text that is not
   *     well-formed (with its line and column), no value at all, text after the value, an
   *     unknown or missing field, a value of the wrong type or format, an unknown or missing kind
   *     of a value that has kinds, or a value the type's own checks refuse. The caller never sees
   *     a Jackson exception.
   */
  public static <T> T read(ObjectMapper mapper, String json, Class<T> type) {
    checkNotNull(mapper, "mapper");
    checkNotNull(json, "json");
    checkNotNull(type, "type");
    T value = null;
    JsonLocation trailing = null;
    try (JsonParser parser = mapper.createParser(json)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)) {
      JsonToken first = parser.nextToken();
      // nothing but blanks or comments, or a YAML document marker alone (an empty scalar): no value
      boolean nothing = first == null || first == JsonToken.VALUE_STRING
          && parser.getText().isEmpty() && !CharSequence.class.isAssignableFrom(type);
      if (!nothing) {
        value = mapper.readValue(parser, type);
        if (parser.nextToken() != null) { // a second value or a stray brace: refused, not ignored
          trailing = parser.currentTokenLocation();
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new InvalidValueException(violations(e));
    }
    if (trailing != null) {
      throw new InvalidValueException(
          List.of(violation("", "json.trailing", trailing.getLineNr(), trailing.getColumnNr())));
    }
    if (value == null) {
      throw new InvalidValueException("json.empty");
    }
    return value;
  }

  /**
   * The violations a failure to read a value stands for, each at the JSON pointer of the
   * offending value relative to the document read: for callers who bind with their own mapper
   * (the profile loader prefixes its sections' pointers). A value's own refusal ({@link
   * InvalidValueException} or another {@link LocalizedMessage} anywhere in the causes) keeps its
   * message keys; Jackson's errors get keys of their own; anything else becomes one {@code
   * profile.value.invalid} with the first line of its message.
   */
  public static List<Violation> violations(Exception e) {
    String base = "";
    if (e instanceof JsonMappingException) {
      base = pointer(((JsonMappingException) e).getPath());
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidValueException) {
        List<Violation> out = new ArrayList<>();
        for (Violation v : ((InvalidValueException) cause).violations()) {
          out.add(v.under(base));
        }
        return out;
      }
      if (cause instanceof LocalizedMessage) {
        LocalizedMessage m = (LocalizedMessage) cause;
        return List.of(new Violation(base, m.messageKey(), m.messageArguments()));
      }
      if (cause instanceof IllegalStateException) {
        List<Violation> missing = missingFields(cause.getMessage(), base);
        if (!missing.isEmpty()) {
          return missing;
        }
      }
      if (cause instanceof InputCoercionException) { // a number too large for its field
        return List.of(outOfRange(base, (InputCoercionException) cause));
      }
      if (cause instanceof StreamReadException) { // malformed text, also deep inside a value
        return List.of(syntax(base, (StreamReadException) cause));
      }
    }
    if (e instanceof InvalidDefinitionException) {
      InvalidDefinitionException d = (InvalidDefinitionException) e;
      return List.of(violation(base, "json.type.unreadable",
          d.getType() == null ? "?" : d.getType().getRawClass().getSimpleName()));
    }
    if (e instanceof UnrecognizedPropertyException) {
      return List.of(violation(base, "profile.field.unknown",
          ((UnrecognizedPropertyException) e).getPropertyName()));
    }
    if (e instanceof IndexedCollections.NullElementException) {
      return List.of(violation(base, "json.element.null"));
    }
    if (e instanceof InvalidTypeIdException) {
      InvalidTypeIdException t = (InvalidTypeIdException) e;
      String of = t.getBaseType() == null ? "?" : t.getBaseType().getRawClass().getSimpleName();
      return List.of(t.getTypeId() == null ? violation(base, "json.kind.missing", of)
          : violation(base, "json.kind.unknown", t.getTypeId(), of));
    }
    if (e instanceof InvalidFormatException) {
      InvalidFormatException f = (InvalidFormatException) e;
      return List.of(violation(base, "profile.value.format", String.valueOf(f.getValue()),
          f.getTargetType() == null ? "?" : f.getTargetType().getSimpleName()));
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException m = (MismatchedInputException) e;
      return List.of(violation(base, "profile.value.type",
          JsonTypes.label(expected(m.getTargetType())),
          JsonTypes.label(found(m.getOriginalMessage()))));
    }
    if (e instanceof JsonProcessingException) {
      return List.of(violation(base, "profile.value.invalid",
          firstLine(((JsonProcessingException) e).getOriginalMessage())));
    }
    return List.of(violation(base, "profile.value.invalid", firstLine(e.getMessage())));
  }

  /** Jackson's "Numeric value (99999999999) out of range of int (-2147483648 - 2147483647)". */
  private static final Pattern OUT_OF_RANGE =
      Pattern.compile("\\((.*)\\) out of range of \\w+ \\((-?[0-9]+) - (-?[0-9]+)\\)");

  /** A number outside its field's type: the number as written, and the type's bounds. */
  private static Violation outOfRange(String base, InputCoercionException e) {
    Matcher m = OUT_OF_RANGE.matcher(firstLine(e.getOriginalMessage()));
    return m.find() ? violation(base, "json.number.range", m.group(1), m.group(2), m.group(3))
        : violation(base, "profile.value.invalid", firstLine(e.getOriginalMessage()));
  }

  /**
   * Text that is not well-formed, at its line and column; a key given twice in one object (which
   * {@link #read} asks the parser to detect) at the key's own pointer, as the profile loader has
   * it.
   */
  private static Violation syntax(String base, StreamReadException e) {
    // Jackson's words without its note of where the enclosing value started (the line says it)
    String message = firstLine(e.getOriginalMessage())
        .replaceFirst(" \\((start marker at|for [A-Za-z]+ starting at) .*$", "");
    String duplicate = "Duplicate field '";
    if (message.startsWith(duplicate) && message.endsWith("'")) {
      String key = message.substring(duplicate.length(), message.length() - 1);
      return violation(base + segment(key), "profile.key.duplicate", key);
    }
    JsonLocation at = e.getLocation();
    return violation(base, "json.syntax", at == null ? 0 : at.getLineNr(),
        at == null ? 0 : at.getColumnNr(), message);
  }

  /**
   * The required fields an Immutables builder found unset ({@code message} "Cannot build X, some
   * of required attributes are not set [a, b]"), each at its own pointer; empty for any other
   * message.
   */
  private static List<Violation> missingFields(String message, String base) {
    String marker = "some of required attributes are not set [";
    int at = message == null ? -1 : message.indexOf(marker);
    int end = at < 0 ? -1 : message.indexOf(']', at);
    if (end < 0) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    for (String name : message.substring(at + marker.length(), end).split(",")) {
      String field = name.strip();
      out.add(violation(base + segment(field), "profile.field.missing", field));
    }
    return out;
  }

  /**
   * What a value of {@code type} is written as, in JSON Schema's words as the profile's own type
   * problems use them ({@code array}, {@code object}, ...), or the type's name for a value type.
   */
  private static String expected(Class<?> type) {
    if (type == null) {
      return "?";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "array";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "object";
    }
    Class<?> boxed = Primitives.wrap(type);
    if (boxed == Integer.class || boxed == Long.class || boxed == Short.class
        || boxed == Byte.class || boxed == BigInteger.class) {
      return "integer";
    }
    if (Number.class.isAssignableFrom(boxed)) {
      return "number";
    }
    if (boxed == Boolean.class) {
      return "boolean";
    }
    if (CharSequence.class.isAssignableFrom(type)) {
      return "string";
    }
    // an Immutables value reads through its generated Json delegate: a JSON object
    return type.getSimpleName().equals("Json") && type.getEnclosingClass() != null
        ? "object" : type.getSimpleName();
  }

  /**
   * How Jackson's messages name the kind of value they refused ("from Array value", "out of
   * VALUE_NUMBER_INT token"), and the schema check's word for it.
   */
  private static final String[][] SHAPES = {{"Array value", "array"}, {"START_ARRAY", "array"},
      {"Object value", "object"}, {"START_OBJECT", "object"}, {"String value", "string"},
      {"VALUE_STRING", "string"}, {"Integer value", "number"}, {"VALUE_NUMBER_INT", "number"},
      {"Floating-point value", "number"}, {"VALUE_NUMBER_FLOAT", "number"},
      {"Boolean value", "boolean"}, {"VALUE_TRUE", "boolean"}, {"VALUE_FALSE", "boolean"},
      {"Null value", "null"}, {"VALUE_NULL", "null"}};

  /**
   * The kind of JSON value Jackson refused, in the schema check's words, from its message: the
   * parser has moved on or closed by the time the error is seen. {@code ?} when it does not say.
   */
  private static String found(String message) {
    if (message == null) {
      return "?";
    }
    // "Unexpected token (VALUE_NUMBER_INT), expected VALUE_STRING": what follows is the wanted kind
    int expected = message.indexOf(" expected");
    String got = expected < 0 ? message : message.substring(0, expected);
    for (String[] shape : SHAPES) {
      if (got.contains(shape[0])) {
        return shape[1];
      }
    }
    return "?";
  }

  private static Violation violation(String path, String key, Object... arguments) {
    List<Object> shown = new ArrayList<>(arguments.length);
    for (Object argument : arguments) {
      shown.add(argument == null ? "?" : argument);
    }
    return new Violation(path, key, shown);
  }

  /** The JSON pointer of a Jackson path: {@code ~} and {@code /} escaped in field names. */
  private static String pointer(List<JsonMappingException.Reference> path) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference r : path) {
      if (r.getFieldName() != null) {
        out.append(segment(r.getFieldName()));
      } else if (r.getIndex() >= 0) {
        out.append('/').append(r.getIndex());
      }
    }
    return out.toString();
  }

  /** The pointer segment of a field name: {@code ~} and {@code /} escaped (RFC 6901). */
  private static String segment(String field) {
    return JsonPointer.empty().appendProperty(field).toString();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
