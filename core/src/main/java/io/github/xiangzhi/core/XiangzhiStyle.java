package io.github.xiangzhi.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, put on each model package's {@code package-info.java}.
 *
 * <p>A value type is written as a public abstract class {@code X} carrying the Javadoc, the
 * factories ({@code of}, {@code parse}) and the {@code @Value.Check} invariants; Immutables
 * generates the package-private {@code ImmutableX}. Callers build through a nested
 * {@code public static final class Builder extends ImmutableX.Builder {}} reached by
 * {@code X.builder()}, so the generated class never appears in the public API. Collection
 * attributes are Guava immutable collections. This is internal to the project: it is public only
 * because every module's models use it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaultAsDefault = true,
    depluralize = true,
    jdkOnly = false,
    privateNoargConstructor = false,
    forceJacksonPropertyNames = false,
    clearBuilder = true)
public @interface XiangzhiStyle {}
