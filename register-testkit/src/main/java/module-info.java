/** Test support for code that uses the register: builders, generators, assertions, samples. */
module org.oversight.register.testkit {
  requires static transitive org.jspecify;
  requires transitive org.oversight.register;
  requires transitive org.oversight.register.json;
  requires transitive org.assertj.core;
  requires static quicktheories;

  exports org.oversight.register.testkit;
}
