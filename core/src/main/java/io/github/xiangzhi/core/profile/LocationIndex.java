package io.github.xiangzhi.core.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line and column of every field and array element of a document, by JSON pointer, read in
 * one streaming pass that also finds duplicate keys and extra YAML documents, which a tree read
 * would hide.
 */
final class LocationIndex {
  private final Map<String, int[]> positions;

  private LocationIndex(Map<String, int[]> positions) {
    this.positions = positions;
  }

  /**
   * Scans {@code text}, adding a problem for each duplicate key and for content after the first
   * document.
   *
   * @throws IOException for text that is not well-formed, with the parser's location
   */
  static LocationIndex scan(JsonFactory factory, String text, List<Problem> problems)
      throws IOException {
    Map<String, int[]> positions = new HashMap<>();
    List<String> duplicates = new java.util.ArrayList<>();
    try (JsonParser parser = factory.createParser(text)) {
      JsonToken token;
      int depth = 0;
      boolean rootDone = false;
      while ((token = parser.nextToken()) != null) {
        if (rootDone) {
          JsonLocation at = parser.currentTokenLocation();
          problems.add(Problem.of("", "profile.document.multiple")
              .at(at.getLineNr(), at.getColumnNr()));
          break;
        }
        JsonLocation at = parser.currentTokenLocation();
        int[] position = {at.getLineNr(), at.getColumnNr()};
        if (token == JsonToken.FIELD_NAME) {
          String pointer = pointer(parser.getParsingContext());
          if (positions.putIfAbsent(pointer, position) != null
              && duplicates.stream().noneMatch(d -> pointer.startsWith(d + "/"))) {
            duplicates.add(pointer);
            problems.add(Problem.of(pointer, "profile.key.duplicate", parser.currentName())
                .at(position[0], position[1]));
          }
        } else {
          JsonStreamContext context = parser.getParsingContext();
          JsonStreamContext holder = token.isStructStart() ? context.getParent() : context;
          if (holder != null && holder.inArray()) {
            positions.putIfAbsent(pointer(holder), position);
          } else if (holder != null && holder.inRoot()) {
            positions.putIfAbsent("", position);
          }
          if (token.isStructStart()) {
            depth++;
          } else if (token.isStructEnd()) {
            depth--;
          }
          if (depth == 0) {
            rootDone = true;
          }
        }
      }
    }
    return new LocationIndex(positions);
  }

  private static String pointer(JsonStreamContext context) {
    StringBuilder out = new StringBuilder();
    build(context, out);
    return out.toString();
  }

  private static void build(JsonStreamContext context, StringBuilder out) {
    if (context == null || context.inRoot()) {
      return;
    }
    build(context.getParent(), out);
    if (context.inArray()) {
      out.append(Pointers.index(Math.max(0, context.getCurrentIndex())));
    } else if (context.getCurrentName() != null) {
      out.append(Pointers.field(context.getCurrentName()));
    }
  }

  /** The problem placed at its path's position, or its nearest ancestor's. */
  Problem locate(Problem problem) {
    if (problem.line() > 0) {
      return problem;
    }
    String pointer = problem.path();
    while (true) {
      int[] position = positions.get(pointer);
      if (position != null) {
        return problem.at(position[0], position[1]);
      }
      if (pointer.isEmpty()) {
        return problem;
      }
      pointer = Pointers.parent(pointer);
    }
  }
}
