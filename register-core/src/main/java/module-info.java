/**
 * The Oversight register: a register of the surveillance technology a UK police force or council
 * owns or operates, with indexed queries, vendor matching, compliance checks and Freedom of
 * Information answers that never reveal covert holdings.
 */
module org.oversight.register {
  requires static transitive org.jspecify;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires com.google.common;
  requires roaringbitmap;

  exports org.oversight.register;
  exports org.oversight.register.model;
  exports org.oversight.register.validation;
  exports org.oversight.register.vendor;
  exports org.oversight.register.compliance;
  exports org.oversight.register.refdata;
  exports org.oversight.register.foi;
  exports org.oversight.register.calendar;
  exports org.oversight.register.text;

  // Hibernate Validator instantiates the one validator, which checks records by their descriptions.
  opens org.oversight.register.internal to
      org.hibernate.validator;
}
