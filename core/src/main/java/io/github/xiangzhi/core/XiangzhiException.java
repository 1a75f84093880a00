package io.github.xiangzhi.core;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The base of Xiangzhi's typed errors about state and input: each names its condition through a
 * message key and arguments, so {@link #getMessage()} is English and {@link #message(Locale)} is
 * in the caller's language. Arguments never carry unmasked personal data.
 */
public class XiangzhiException extends RuntimeException implements LocalizedMessage {
  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final ImmutableList<Object> arguments;

  /** Creates an exception whose message is the bundle text for {@code messageKey}. */
  public XiangzhiException(String messageKey, Object... arguments) {
    this(null, messageKey, arguments);
  }

  /** Creates an exception with a cause. */
  public XiangzhiException(Throwable cause, String messageKey, Object... arguments) {
    super(messageKey, cause);
    this.messageKey = messageKey;
    this.arguments = LocalizedValues.arguments(Arrays.asList(arguments));
  }

  @Override
  public String messageKey() {
    return messageKey;
  }

  @Override
  public List<Object> messageArguments() {
    return arguments;
  }

  /** The message in English. */
  @Override
  public String getMessage() {
    return message(Locale.ENGLISH);
  }
}
