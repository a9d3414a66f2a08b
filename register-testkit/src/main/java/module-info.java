/** Test support for code that uses the register: builders, generators, assertions, samples. */
// QuickTheories (an automatic module) is optional; its Gen type appears in the exported
// quicktheories package, so readers of that package need it too.
@SuppressWarnings("requires-transitive-automatic")
module org.oversight.register.testkit {
  requires static transitive org.jspecify;
  requires transitive org.oversight.register;
  requires transitive org.oversight.register.json;
  requires transitive org.assertj.core;
  requires static transitive quicktheories;

  exports org.oversight.register.testkit;
  exports org.oversight.register.testkit.quicktheories;
}
