package io.github.xiangzhi.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Guava's {@code ImmutableList} and {@code ImmutableSet} through Jackson's own list reader,
 * so an error inside an element keeps the element's index in its path ({@code /tiers/1/limitDays},
 * not {@code /tiers/limitDays}) and a null element is a typed input error rather than a
 * NullPointerException.
 */
final class IndexedCollections extends SimpleModule {
  private static final long serialVersionUID = 1L;

  IndexedCollections() {
    super("xiangzhi-indexed-collections");
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addDeserializers(new Deserializers.Base() {
      @Override
      public JsonDeserializer<?> findCollectionDeserializer(CollectionType type,
          DeserializationConfig config, BeanDescription beanDesc,
          TypeDeserializer elementTypeDeserializer, JsonDeserializer<?> elementDeserializer) {
        Class<?> raw = type.getRawClass();
        if (raw == ImmutableList.class || raw == ImmutableSet.class
            || raw == ImmutableCollection.class) {
          return new Reader(type, null);
        }
        return null;
      }
    });
  }

  /** Reads an ArrayList with Jackson's collection reader, then copies it. */
  private static final class Reader extends JsonDeserializer<Object>
      implements ContextualDeserializer {
    private final JavaType type;
    private final JsonDeserializer<Object> list;

    Reader(JavaType type, JsonDeserializer<Object> list) {
      this.type = type;
      this.list = list;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context,
        BeanProperty property) throws com.fasterxml.jackson.databind.JsonMappingException {
      JavaType arrayList = context.getTypeFactory()
          .constructCollectionType(ArrayList.class, type.getContentType());
      return new Reader(type, context.findContextualValueDeserializer(arrayList, property));
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      List<?> items = (List<?>) list.deserialize(parser, context);
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) == null) {
          throw new NullElementException(parser, type, items, i);
        }
      }
      return type.getRawClass() == ImmutableSet.class
          ? ImmutableSet.copyOf(items) : ImmutableList.copyOf(items);
    }

    @Override
    public Object getEmptyValue(DeserializationContext context) {
      return type.getRawClass() == ImmutableSet.class ? ImmutableSet.of() : ImmutableList.of();
    }
  }

  /**
   * A null element of a list or set: at the element's own path ({@code /changes/0}), so that
   * {@link XiangzhiJson#violations} can name it without the collection's internal class.
   */
  static final class NullElementException extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    NullElementException(JsonParser parser, JavaType type, List<?> items, int index) {
      super(parser, "null element at index " + index, type);
      prependPath(items, index);
    }
  }
}
