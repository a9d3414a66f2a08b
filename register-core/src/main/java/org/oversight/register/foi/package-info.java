/**
 * Freedom of Information answers from the register that never reveal covert holdings.
 *
 * <p>A {@link org.oversight.register.foi.FoiRequest} is answered by a {@link
 * org.oversight.register.foi.FoiResponder} from an {@link org.oversight.register.foi.OvertRegister}
 * — a view built from the overt part of a register only, with no path to covert assets or to
 * anything only they reference — under a {@link org.oversight.register.foi.DisclosurePolicy}. The
 * {@link org.oversight.register.foi.FoiResponse} is plain data, rendered as a letter or Markdown by
 * {@link org.oversight.register.foi.FoiRenderer}.
 */
@NullMarked
package org.oversight.register.foi;

import org.jspecify.annotations.NullMarked;
