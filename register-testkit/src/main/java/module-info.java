/** Test support for code that uses the register: builders, generators, assertions, samples. */
// QuickTheories (an automatic module) is optional, and so not transitive: a module that requires
// this one compiles without it, and one that uses the quicktheories package (whose API shows Gen)
// requires quicktheories itself.
@SuppressWarnings({"requires-transitive-automatic", "exports"})
module org.oversight.register.testkit {
  requires static transitive org.jspecify;
  requires transitive org.oversight.register;
  requires transitive org.oversight.register.json;
  requires transitive org.assertj.core;
  requires static quicktheories;

  exports org.oversight.register.testkit;
  exports org.oversight.register.testkit.quicktheories;
}
