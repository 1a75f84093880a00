/**
 * Xiangzhi's shared kernel: identifiers, national codes, periods and the governance calendar,
 * special groups and disclosure, conduct events that modules emit for the points bank, texts in
 * Chinese and English, and the county profile with its section SPI.
 */
module io.github.xiangzhi.core {
  requires transitive com.google.common;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.guava;
  requires com.github.victools.jsonschema.generator;
  requires com.fasterxml.classmate;
  requires com.github.victools.jsonschema.module.jackson;
  requires com.networknt.schema;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.xiangzhi.core;
  exports io.github.xiangzhi.core.code;
  exports io.github.xiangzhi.core.event;
  exports io.github.xiangzhi.core.group;
  exports io.github.xiangzhi.core.id;
  exports io.github.xiangzhi.core.json;
  exports io.github.xiangzhi.core.privacy;
  exports io.github.xiangzhi.core.profile;
  exports io.github.xiangzhi.core.text;
  exports io.github.xiangzhi.core.time;

  opens io.github.xiangzhi.core to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.core.code to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.core.event to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.core.group to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.core.id to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.core.profile to com.fasterxml.jackson.databind;
  opens io.github.xiangzhi.core.time to com.fasterxml.jackson.databind;

  uses io.github.xiangzhi.core.text.MessageBundleProvider;
  uses io.github.xiangzhi.core.profile.ProfileSectionType;

  provides io.github.xiangzhi.core.text.MessageBundleProvider with
      io.github.xiangzhi.core.text.CoreMessages;
  provides io.github.xiangzhi.core.profile.ProfileSectionType with
      io.github.xiangzhi.core.profile.CoreSections.Info,
      io.github.xiangzhi.core.profile.CoreSections.Calendar,
      io.github.xiangzhi.core.profile.CoreSections.SpecialGroups;
}
