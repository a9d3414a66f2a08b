/**
 * JMH benchmarks of the register against the alternatives a user would otherwise pick (a stream
 * scan over a list, H2 in memory, plain Jackson databind), and a JOL memory footprint. Not
 * published. Run {@code java -jar register-benchmarks/target/benchmarks.jar}; see BENCHMARKS.md.
 */
@NullMarked
package org.oversight.register.benchmarks;

import org.jspecify.annotations.NullMarked;
